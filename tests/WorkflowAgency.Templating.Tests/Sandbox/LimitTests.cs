using System.Diagnostics;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Sandbox;

public sealed class LimitTests
{
    [Fact]
    public void the_default_time_limit_leaves_room_for_a_cold_render_on_a_busy_machine()
    {
        // Regression: at 1 second, the shipped proposal rendered just after a restart on a starved machine (the crash
        // safety tests) exceeded the limit, and each such engagement stopped with an incident until retried by hand.
        new ScribanOptions().Timeout.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void a_loop_past_the_loop_limit_is_an_error()
    {
        var language = new ScribanExpressionLanguage(new ScribanOptions { LoopLimit = 100 });

        var result = Run.Text("{{ for i in items }}x{{ end }}", $$"""{ "items": [{{string.Join(",", Enumerable.Range(0, 101))}}] }""", language);

        result.Error!.Message.ShouldContain("limit `100`");
        (result.Error.Line, result.Error.Column).ShouldBe((1, 4));
    }

    [Fact]
    public void a_loop_within_the_loop_limit_runs()
    {
        var language = new ScribanExpressionLanguage(new ScribanOptions { LoopLimit = 100 });

        Run.Text("{{ for i in 1..100 }}x{{ end }}", language: language).Value!.GetValue<string>().Length.ShouldBe(100);
    }

    [Fact]
    public void iteration_inside_array_functions_counts_towards_the_loop_limit()
    {
        var language = new ScribanExpressionLanguage(new ScribanOptions { LoopLimit = 3 });

        Run.Expression("items | array.join ','", """{ "items": [1, 2, 3, 4] }""", language)
            .Error!.Message.ShouldContain("limit `3`");
    }

    [Fact]
    public void recursion_past_the_recursive_limit_is_an_error()
    {
        var language = new ScribanExpressionLanguage(new ScribanOptions { RecursiveLimit = 10 });

        var result = Run.Text("{{ func down(n)\n ret down(n + 1)\nend }}{{ down 0 }}", language: language);

        result.Error!.Message.ShouldContain("recursive depth limit `10`");
        (result.Error.Line, result.Error.Column).ShouldBe((2, 6));
    }

    [Fact]
    public void an_endless_loop_stops_at_the_time_limit()
    {
        // The loop limit is set out of reach so only the clock can stop it.
        var language = new ScribanExpressionLanguage(new ScribanOptions { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) });
        var watch = Stopwatch.StartNew();

        var result = Run.Text("Start\n{{ while true }}{{ end }}", language: language);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        result.Error!.Message.ShouldBe("Evaluation exceeded its time limit of 200 ms.");
        result.Error.Line.ShouldBe(2);
    }

    [Fact]
    public void a_long_expression_stops_at_the_time_limit()
    {
        var language = new ScribanExpressionLanguage(new ScribanOptions { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) });

        var result = Run.Expression("(1..2000000000) | array.each @(do; ret $0 * 2; end) | array.size", language: language);

        result.Error!.Message.ShouldBe("Evaluation exceeded its time limit of 200 ms.");
    }
}
