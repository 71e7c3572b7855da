using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>What checking a definition's text found: the document when it could be read, and every problem in text order.</summary>
public sealed record DefinitionCheckResult(DefinitionDocument? Document, IReadOnlyList<DefinitionProblem> Problems)
{
    /// <summary>True when the text reads and nothing is wrong with it: safe to save, publish and run.</summary>
    public bool IsValid => Document is not null && Problems.Count == 0;
}
