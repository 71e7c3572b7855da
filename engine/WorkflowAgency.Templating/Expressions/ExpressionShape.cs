using Scriban.Syntax;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>Checks that a script-mode parse is one expression that produces a value.</summary>
/// <remarks>
/// Scriban's script mode accepts whole programs (<c>x = 1; if x; ...; end</c>). A condition is one
/// value, and an assignment where a comparison was meant (<c>status = "won"</c>) would otherwise
/// evaluate quietly to null, which reads as false.
/// </remarks>
internal static class ExpressionShape
{
    public static List<ExpressionError> FindProblems(ScriptPage? page, string source)
    {
        // Scriban leaves the page without a body when the source holds nothing but comments.
        var statements = page?.Body?.Statements;
        if (statements is null || statements.Count == 0)
            return [new ExpressionError("An expression cannot be empty.", 1, 1)];

        var problems = new List<ExpressionError>();
        switch (statements[0])
        {
            case ScriptExpressionStatement { Expression: ScriptAssignExpression assignment }:
                problems.Add(ErrorPositions.At(assignment.Span, source, "`=` assigns a variable; compare with `==`."));
                break;
            case ScriptExpressionStatement:
                break;
            case var statement:
                problems.Add(ErrorPositions.At(statement.Span, source,
                    "Expected an expression that produces a value; statements such as if, for and func belong in text with {{ }}."));
                break;
        }

        if (statements.Count > 1)
            problems.Add(ErrorPositions.At(statements[1].Span, source, "Expected a single expression, but more follows it."));
        return problems;
    }
}
