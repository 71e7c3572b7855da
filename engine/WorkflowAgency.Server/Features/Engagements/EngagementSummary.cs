using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements;

/// <summary>An engagement in a list: the indexed columns, none of its JSON.</summary>
internal sealed record EngagementSummary(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    string ClientName,
    string? ClientCompany,
    string? ClientEmail,
    string? Owner,
    string? Stage,
    EngagementStatus Status,
    string? Result,
    DateTime? NextDueAt,
    DateTime CreatedAt,
    DateTime UpdatedAt);
