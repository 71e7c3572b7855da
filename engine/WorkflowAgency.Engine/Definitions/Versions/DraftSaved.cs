namespace WorkflowAgency.Engine.Definitions.Versions;

/// <summary>A saved draft: its id, new revision, and the problems to fix before it can be published.</summary>
public sealed record DraftSaved(string DefinitionId, int Revision, IReadOnlyList<DefinitionProblem> Problems);
