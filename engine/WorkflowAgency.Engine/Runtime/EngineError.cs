namespace WorkflowAgency.Engine.Runtime;

/// <summary>An expected failure: what kind, a plain message, and per-field errors for invalid input.</summary>
public sealed record EngineError(ErrorKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static EngineError NotFound(string message) => new(ErrorKind.NotFound, message);

    public static EngineError Invalid(string message, IReadOnlyDictionary<string, string[]>? fields = null) => new(ErrorKind.Invalid, message, fields);

    public static EngineError Forbidden(string message) => new(ErrorKind.Forbidden, message);

    public static EngineError Conflict(string message) => new(ErrorKind.Conflict, message);

    public override string ToString() => $"{Kind}: {Message}";
}
