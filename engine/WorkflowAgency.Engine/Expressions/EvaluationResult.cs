using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Expressions;

/// <summary>
/// The value an expression produced (as JSON: string, number, boolean, array, object or null),
/// or the error that stopped it.
/// </summary>
public sealed record EvaluationResult(JsonNode? Value, ExpressionError? Error)
{
    public bool Succeeded => Error is null;

    public static EvaluationResult Success(JsonNode? value) => new(value, null);

    public static EvaluationResult Failure(ExpressionError error) => new(null, error);
}
