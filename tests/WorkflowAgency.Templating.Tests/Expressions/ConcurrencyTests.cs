using System.Collections.Concurrent;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Expressions;

public sealed class ConcurrencyTests
{
    [Fact]
    public void one_compiled_expression_evaluated_from_many_threads_gives_each_its_own_answer()
    {
        var compiled = new ScribanExpressionLanguage()
            .ParseExpression("{ big: budget > 5000, label: (client.name | string.upcase) + '-' + budget, tags: tags | array.sort }")
            .Value!;
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var scope = Run.Scope($$"""{ "budget": {{i * 10}}, "client": { "name": "c{{i}}" }, "tags": ["{{i}}", "a"] }""");
            var expected = $$"""{"big":{{(i * 10 > 5000 ? "true" : "false")}},"label":"C{{i}}-{{i * 10}}","tags":["{{i}}","a"]}""";

            var actual = compiled.Evaluate(scope).Value?.ToJsonString();

            if (actual != expected)
                wrong.Add($"{i}: {actual}");
        });

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void parsing_the_same_source_from_many_threads_yields_one_result()
    {
        var language = new ScribanExpressionLanguage();
        var results = new ConcurrentBag<object>();

        Parallel.For(0, 200, _ => results.Add(language.ParseText("Hello {{ name }}")));

        results.Distinct().Count().ShouldBe(1);
    }
}
