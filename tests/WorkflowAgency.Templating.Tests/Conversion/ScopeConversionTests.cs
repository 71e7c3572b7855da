using System.Text.Json.Nodes;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Conversion;

public sealed class ScopeConversionTests
{
    [Theory]
    [InlineData("""{ "n": 3 }""", "object.typeof n", "number")]
    [InlineData("""{ "n": 3 }""", "n / 2", 1.5)]
    [InlineData("""{ "n": 2.5 }""", "n * 2 == 5", true)]
    [InlineData("""{ "n": 1e400 }""", "n > 1", true)]
    [InlineData("""{ "s": "3" }""", "object.typeof s", "string")]
    [InlineData("""{ "b": false }""", "!b", true)]
    [InlineData("""{ "z": null }""", "z == null", true)]
    [InlineData("""{ "a": [1, [2, 3]] }""", "a[1][0]", 2L)]
    [InlineData("""{ "o": { "p": { "q": "deep" } } }""", "o.p.q", "deep")]
    public void json_data_is_seen_with_its_types(string scope, string source, object expected)
    {
        var result = Run.Expression(source, scope);

        result.Error.ShouldBeNull();
        result.Value!.ToJsonString().ShouldBe(JsonValue.Create(expected)!.ToJsonString());
    }

    [Fact]
    public void values_built_in_code_are_seen_like_parsed_ones()
    {
        var scope = new JsonObject
        {
            ["count"] = 2,
            ["rate"] = 0.5m,
            ["due"] = new DateTime(2025, 3, 1),
            ["tags"] = new JsonArray("a", "b"),
        };
        var compiled = new ScribanExpressionLanguage().ParseText("{{ count * rate }} {{ due }} {{ tags.size }}").Value!;

        compiled.Evaluate(scope).Value!.GetValue<string>().ShouldBe("1.0 2025-03-01T00:00:00 2");
    }
}
