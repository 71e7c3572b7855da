using WorkflowAgency.Engine.Definitions;

namespace WorkflowAgency.Server.Features.Definitions.Validate;

/// <summary>Every problem, each with a JSON Pointer path and, where known, line and column.</summary>
internal sealed record ValidationResponse(bool Valid, IReadOnlyList<DefinitionProblem> Problems);
