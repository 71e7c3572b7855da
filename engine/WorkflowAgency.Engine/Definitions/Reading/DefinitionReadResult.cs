using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>The document read from JSON text, or the problem that stopped reading it (with its line and column).</summary>
public sealed record DefinitionReadResult(DefinitionDocument? Document, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Succeeded => Document is not null && Problems.Count == 0;
}
