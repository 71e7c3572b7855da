namespace WorkflowAgency.Engine.Expressions;

/// <summary>A parse or evaluation error, positioned within the expression's own source (1-based).</summary>
public sealed record ExpressionError(string Message, int Line, int Column)
{
    public override string ToString() => $"{Message} (line {Line}, column {Column})";
}
