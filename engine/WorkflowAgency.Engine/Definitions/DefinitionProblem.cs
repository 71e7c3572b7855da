namespace WorkflowAgency.Engine.Definitions;

/// <summary>One thing wrong with a definition: where (a JSON Pointer into the document) and what, in plain words.</summary>
/// <param name="Path">RFC 6901 JSON Pointer, e.g. <c>/stages/2/steps/0/next</c>; empty for the whole document.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
/// <param name="Line">1-based line in the JSON text, when known.</param>
/// <param name="Column">1-based column in the JSON text, when known.</param>
public sealed record DefinitionProblem(string Path, string Message, int? Line = null, int? Column = null)
{
    public override string ToString() =>
        Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}
