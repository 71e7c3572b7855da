using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary>An email of the engagement and how sending it went.</summary>
internal sealed record EmailSummary(
    Guid Id, string To, string Subject, string? Template, OutboxStatus Status, int Attempts,
    DateTime CreatedAt, DateTime NextAttemptAt, DateTime? SentAt, string? LastError);
