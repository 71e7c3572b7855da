namespace WorkflowAgency.Templating.Tests.Sandbox;

public sealed class StrictnessTests
{
    private const string Scope = """{ "budget": 25000, "client": { "tier": "gold", "owner": null }, "services": ["audit"] }""";

    [Fact]
    public void a_missing_variable_is_an_error_not_null()
    {
        var result = Run.Expression("budget > 10000 && bugdet < 50000", Scope);

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Error!.Message.ShouldContain("`bugdet` was not found");
        (result.Error.Line, result.Error.Column).ShouldBe((1, 19));
    }

    [Fact]
    public void a_missing_variable_in_text_is_an_error_at_its_placeholder()
    {
        var result = Run.Text("Hello\n{{ client.tier }} {{ name }}", Scope);

        result.Error!.Message.ShouldContain("`name` was not found");
        (result.Error.Line, result.Error.Column).ShouldBe((2, 22));
    }

    [Fact]
    public void a_missing_member_is_an_error()
    {
        var result = Run.Expression("client.teir == 'gold'", Scope);

        result.Error!.Message.ShouldContain("teir");
        (result.Error.Line, result.Error.Column).ShouldBe((1, 8));
    }

    [Fact]
    public void a_member_of_null_is_an_error()
    {
        var result = Run.Expression("client.owner.email", Scope);

        result.Error!.Message.ShouldContain("null");
        (result.Error.Line, result.Error.Column).ShouldBe((1, 14));
    }

    [Fact]
    public void an_index_past_the_end_is_an_error()
    {
        Run.Expression("services[3]", Scope).Error!.Message.ShouldContain("out of bounds");
    }

    [Fact]
    public void a_present_null_is_a_value()
    {
        var result = Run.Expression("client.owner == null", Scope);

        result.Error.ShouldBeNull();
        result.Value!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void an_optional_member_can_be_tested_before_use()
    {
        var result = Run.Expression("(object.has_key client 'region') ? client.region : 'none'", Scope);

        result.Value!.GetValue<string>().ShouldBe("none");
    }

    [Theory]
    [InlineData("budget // 0")]
    [InlineData("'abc' | regex.match '('")]
    [InlineData("string.upcase")]
    [InlineData("nosuch.function 1")]
    public void a_failing_operation_is_an_error_result_not_an_exception(string source)
    {
        var result = Run.Expression(source, Scope);

        result.Succeeded.ShouldBeFalse();
        result.Error!.Line.ShouldBe(1);
    }
}
