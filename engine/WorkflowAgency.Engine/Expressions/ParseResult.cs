namespace WorkflowAgency.Engine.Expressions;

/// <summary>The outcome of parsing: a value, or every error found with its position.</summary>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<ExpressionError> Errors)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.Count == 0;

    public static ParseResult<T> Success(T value) => new(value, []);

    public static ParseResult<T> Failure(IReadOnlyList<ExpressionError> errors) => new(null, errors);
}
