using System.Text.Json.Nodes;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Expressions;

public sealed class ExpressionTests
{
    private const string Engagement = """
        {
          "budget": 25000,
          "client": { "company": "Acme", "tier": "gold", "contacts": [ { "name": "Ada" }, { "name": "Grace" } ] },
          "services": [ "audit", "tax" ]
        }
        """;

    [Theory]
    [InlineData("budget > 10000 && client.tier == \"gold\"", true)]
    [InlineData("budget > 30000 || client.tier == \"silver\"", false)]
    [InlineData("!(budget < 10000)", true)]
    [InlineData("budget >= 25000 && budget <= 25000", true)]
    [InlineData("client.tier != 'gold'", false)]
    public void comparisons_and_boolean_logic_produce_a_boolean(string source, bool expected)
    {
        var result = Run.Expression(source, Engagement);

        result.Error.ShouldBeNull();
        result.Value!.GetValue<bool>().ShouldBe(expected);
    }

    [Fact]
    public void nested_objects_and_arrays_are_reachable_by_member_and_index()
    {
        Run.Expression("client.contacts[1].name", Engagement).Value!.GetValue<string>().ShouldBe("Grace");
        Run.Expression("services.size", Engagement).Value!.GetValue<long>().ShouldBe(2);
        Run.Expression("services | array.contains 'tax'", Engagement).Value!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void arithmetic_on_decimals_is_exact()
    {
        Run.Expression("fee * 3 == 0.3", """{ "fee": 0.1 }""").Value!.GetValue<bool>().ShouldBeTrue();
        Run.Expression("0.1 + 0.2").Value!.GetValue<decimal>().ShouldBe(0.3m);
    }

    [Fact]
    public void the_standard_builtins_are_available()
    {
        Run.Expression("client.company | string.upcase", Engagement).Value!.GetValue<string>().ShouldBe("ACME");
        Run.Expression("math.round 2.567 2").Value!.GetValue<double>().ShouldBe(2.57);
        Run.Expression("services | array.join ', '", Engagement).Value!.GetValue<string>().ShouldBe("audit, tax");
        Run.Expression("budget > 10000 ? 'large' : 'small'", Engagement).Value!.GetValue<string>().ShouldBe("large");
    }

    [Fact]
    public void names_are_used_exactly_as_written_in_the_json()
    {
        var result = Run.Expression("dueDate + ' ' + ClientName", """{ "dueDate": "2025-03-01", "ClientName": "Acme" }""");

        result.Value!.GetValue<string>().ShouldBe("2025-03-01 Acme");
    }

    [Fact]
    public void the_callers_scope_is_not_changed_by_evaluation()
    {
        var scope = Run.Scope("""{ "items": [3, 1, 2] }""");
        var compiled = new ScribanExpressionLanguage().ParseText("{{ items | array.add 4 }}{{ items[0] = 9 }}").Value!;

        compiled.Evaluate(scope).Error.ShouldBeNull();

        scope.ToJsonString().ShouldBe(JsonNode.Parse("""{ "items": [3, 1, 2] }""")!.ToJsonString());
    }
}
