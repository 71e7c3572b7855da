using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Templating.Tests.Conversion;

public sealed class ResultConversionTests
{
    [Theory]
    [InlineData("budget * 2", "50000")]
    [InlineData("fee * 2", "2.50")]
    [InlineData("budget / 4", "6250")]
    [InlineData("9223372036854775807 + 1", "9223372036854775808")]
    [InlineData("budget > 1", "true")]
    [InlineData("client.company", "\"Acme\"")]
    [InlineData("client.owner", "null")]
    [InlineData("[1, 'two', true, null]", "[1,\"two\",true,null]")]
    [InlineData("client", """{"company":"Acme","owner":null}""")]
    [InlineData("{ total: budget, tags: ['a'] }", """{"total":25000,"tags":["a"]}""")]
    [InlineData("1..3", "[1,2,3]")]
    [InlineData("[3, 1, 2] | array.sort", "[1,2,3]")]
    [InlineData("[1, 2] | array.each @(do; ret $0 * 10; end)", "[10,20]")]
    [InlineData("[{ n: 1 }, { n: 2 }] | array.map 'n'", "[1,2]")]
    [InlineData("'a,b' | string.split ','", """["a","b"]""")]
    public void results_become_the_matching_json(string source, string json)
    {
        var result = Run.Expression(source, """{ "budget": 25000, "fee": 1.25, "client": { "company": "Acme", "owner": null } }""");

        result.Error.ShouldBeNull();
        Json(result.Value).ShouldBe(json);
    }

    [Fact]
    public void a_whole_number_result_is_an_integer_in_json()
    {
        var value = Run.Expression("count + 1", """{ "count": 2 }""").Value!;

        value.GetValueKind().ShouldBe(JsonValueKind.Number);
        value.GetValue<long>().ShouldBe(3);
    }

    [Fact]
    public void a_date_becomes_iso_8601_text()
    {
        // date.parse yields the host's local time, so the offset that follows depends on the machine.
        Run.Expression("date.parse '2025-03-01 14:30'").Value!.GetValue<string>().ShouldStartWith("2025-03-01T14:30:00.0000000");
        Run.Expression("date.utc_now").Value!.GetValue<string>().ShouldEndWith("Z");
    }

    [Fact]
    public void a_duration_becomes_text_as_system_text_json_writes_it()
    {
        Json(Run.Expression("(date.parse '2025-03-04') - (date.parse '2025-03-01 12:00')").Value).ShouldBe("\"2.12:00:00\"");
    }

    [Fact]
    public void a_number_that_is_not_finite_is_an_error()
    {
        Run.Expression("budget / 0", """{ "budget": 1 }""").Error!.Message.ShouldContain("not a finite number");
    }

    [Fact]
    public void a_function_is_not_a_value()
    {
        Run.Expression("@(do; ret 1; end)").Error!.Message.ShouldContain("function");
    }

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
}
