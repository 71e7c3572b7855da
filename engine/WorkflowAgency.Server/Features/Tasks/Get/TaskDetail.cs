using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Server.Features.Engagements;

namespace WorkflowAgency.Server.Features.Tasks.Get;

/// <summary>A task with what it takes to work on it: its form (prefilled from the engagement's data), outcomes and comments.</summary>
/// <param name="CanWork">Whether the caller may complete it now (theirs, or their group's and unclaimed, or they supervise).</param>
internal sealed record TaskDetail(
    TaskSummary Task,
    EngagementState Engagement,
    IReadOnlyList<FormField> Form,
    IReadOnlyList<OutcomeView> Outcomes,
    JsonObject Values,
    JsonObject? Data,
    IReadOnlyList<CommentView> Comments,
    bool CanWork);
