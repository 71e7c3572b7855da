namespace WorkflowAgency.Engine.Runtime;

/// <summary>The outcome of an engine command: a value, or an expected failure (never an exception).</summary>
public sealed record EngineResult<T>(T? Value, EngineError? Error)
{
    public bool Succeeded => Error is null;

    public static EngineResult<T> Success(T value) => new(value, null);

    public static implicit operator EngineResult<T>(EngineError error) => new(default, error);

    public override string ToString() => Succeeded ? $"ok: {Value}" : Error!.ToString();
}
