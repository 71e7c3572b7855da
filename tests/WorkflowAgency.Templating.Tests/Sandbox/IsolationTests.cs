using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Sandbox;

public sealed class IsolationTests
{
    [Fact]
    public void include_is_refused()
    {
        Run.Text("{{ include 'secrets.txt' }}").Error!.Message.ShouldContain("No TemplateLoader");
    }

    [Theory]
    [InlineData("client.GetType")]
    [InlineData("name.Length")]
    public void dotnet_members_are_not_reachable(string source)
    {
        Run.Expression(source, """{ "client": {}, "name": "Acme" }""").Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void a_script_cannot_change_the_shared_builtins()
    {
        var language = new ScribanExpressionLanguage();

        Run.Text("{{ date.format = '%Y' }}", language: language).Succeeded.ShouldBeFalse();
        Run.Text("{{ date.parse '2025-03-01' }}", language: language).Value!.GetValue<string>().ShouldBe("01 Mar 2025");
    }

    [Fact]
    public void variables_set_by_one_evaluation_are_gone_in_the_next()
    {
        var compiled = new ScribanExpressionLanguage().ParseText("{{ if seen }}again{{ else }}first{{ end }}{{ seen = true }}").Value!;
        var scope = Run.Scope("""{ "seen": false }""");

        compiled.Evaluate(scope).Value!.GetValue<string>().ShouldBe("first");
        compiled.Evaluate(scope).Value!.GetValue<string>().ShouldBe("first");
    }
}
