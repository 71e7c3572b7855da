using System.Text.Json.Nodes;
using WorkflowAgency.Server.Features.Tasks;

namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary>One engagement: where it is, its data, and everything hanging off it.</summary>
internal sealed record EngagementDetail(
    EngagementSummary Engagement,
    DateTime? StageEnteredAt,
    DateTime? CompletedAt,
    JsonObject Variables,
    IReadOnlyList<TaskSummary> OpenTasks,
    IReadOnlyList<WaitView> Waits,
    IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<EmailSummary> Emails,
    IReadOnlyList<IncidentView> Incidents);
