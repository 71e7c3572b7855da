using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests;

/// <summary>Parses and evaluates in one step, for tests about evaluation.</summary>
internal static class Run
{
    private static readonly ScribanExpressionLanguage DefaultLanguage = new();

    public static EvaluationResult Expression(string source, string scope = "{}", ScribanExpressionLanguage? language = null) =>
        Compiled((language ?? DefaultLanguage).ParseExpression(source)).Evaluate(Scope(scope));

    public static EvaluationResult Text(string source, string scope = "{}", ScribanExpressionLanguage? language = null) =>
        Compiled((language ?? DefaultLanguage).ParseText(source)).Evaluate(Scope(scope));

    public static JsonObject Scope(string json) => JsonNode.Parse(json)!.AsObject();

    private static ICompiledExpression Compiled(ParseResult<ICompiledExpression> parsed)
    {
        parsed.Errors.ShouldBeEmpty();
        return parsed.Value.ShouldNotBeNull();
    }
}
