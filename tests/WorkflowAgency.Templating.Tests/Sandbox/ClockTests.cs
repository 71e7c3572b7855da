using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Sandbox;

public sealed class ClockTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 10, 9, 30, 0, TimeSpan.Zero));
    private readonly ScribanExpressionLanguage language;

    public ClockTests() => language = new ScribanExpressionLanguage(new ScribanOptions { TimeProvider = clock });

    [Fact]
    public void date_now_reads_the_configured_clock()
    {
        Run.Expression("date.now", language: language).Value!.GetValue<string>().ShouldBe("2025-03-10T09:30:00.0000000");
        Run.Expression("date.utc_now", language: language).Value!.GetValue<string>().ShouldBe("2025-03-10T09:30:00.0000000Z");
        Run.Expression("date.now.year * 100 + date.now.month", language: language).Value!.GetValue<long>().ShouldBe(202503);
    }

    [Fact]
    public void date_now_follows_the_clock_as_it_moves()
    {
        var compiled = language.ParseExpression("date.now.day").Value!;
        compiled.Evaluate([]).Value!.GetValue<long>().ShouldBe(10);

        clock.Advance(TimeSpan.FromDays(2));

        compiled.Evaluate([]).Value!.GetValue<long>().ShouldBe(12);
    }

    [Theory]
    [InlineData("2025-03-09", true)]
    [InlineData("2025-03-10T09:00:00", true)]
    [InlineData("2025-03-11", false)]
    public void a_due_date_stored_as_iso_text_compares_with_now_through_date_parse(string due, bool overdue)
    {
        var result = Run.Expression("(date.parse task.due) < date.now", $$"""{ "task": { "due": "{{due}}" } }""", language);

        result.Value!.GetValue<bool>().ShouldBe(overdue);
    }

    [Fact]
    public void days_left_until_a_due_date_can_be_computed()
    {
        var result = Run.Expression("((date.parse due) - date.now).days", """{ "due": "2025-03-15" }""", language);

        result.Value!.GetValue<long>().ShouldBe(4);
    }

    [Fact]
    public void a_due_date_can_be_computed_from_now()
    {
        var result = Run.Expression("date.add_days date.now 3", language: language);

        result.Value!.GetValue<string>().ShouldBe("2025-03-13T09:30:00.0000000");
    }
}
