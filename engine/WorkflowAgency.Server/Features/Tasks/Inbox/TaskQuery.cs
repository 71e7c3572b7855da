namespace WorkflowAgency.Server.Features.Tasks.Inbox;

/// <summary>The inbox's filters from the query string.</summary>
/// <param name="Status"><c>open</c> (default), <c>completed</c>, <c>cancelled</c> or <c>all</c>.</param>
/// <param name="Assignee">Omitted: mine and my groups'. A user name, <c>group:x</c>, or <c>all</c>.</param>
/// <param name="Sort"><c>due</c> (default, soonest first), <c>priority</c> (most urgent first) or <c>created</c>.</param>
internal sealed record TaskQuery(string? Status, string? Stage, DateTime? DueBefore, string? Assignee, string? Sort, int? Page, int? PageSize);
