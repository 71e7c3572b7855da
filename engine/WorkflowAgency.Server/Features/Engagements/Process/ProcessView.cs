using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>
/// The shape of the process version an engagement runs: enough to draw it read-only (stages, their steps,
/// transitions and the designer's layout), without the forms, expressions and templates only designers need.
/// </summary>
internal sealed record ProcessView(
    string DefinitionId,
    int Version,
    string Name,
    string? Start,
    IReadOnlyList<ProcessStageView> Stages,
    IReadOnlyList<ProcessTransitionView> Transitions,
    JsonObject? Layout);
