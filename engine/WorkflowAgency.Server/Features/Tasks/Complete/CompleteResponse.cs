using WorkflowAgency.Server.Features.Engagements;

namespace WorkflowAgency.Server.Features.Tasks.Complete;

/// <summary>Where the engagement went, and the open tasks it now has (often the next one is the caller's).</summary>
internal sealed record CompleteResponse(TaskSummary Task, EngagementState Engagement, IReadOnlyList<TaskSummary> OpenTasks);
