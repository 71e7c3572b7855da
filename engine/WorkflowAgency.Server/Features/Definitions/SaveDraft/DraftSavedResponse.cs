using WorkflowAgency.Engine.Definitions;

namespace WorkflowAgency.Server.Features.Definitions.SaveDraft;

/// <summary>The saved draft's new revision (send it back on the next save) and every problem left to fix.</summary>
internal sealed record DraftSavedResponse(string Id, int Revision, bool Valid, IReadOnlyList<DefinitionProblem> Problems);
