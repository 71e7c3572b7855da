namespace WorkflowAgency.Server.Features.Engagements.List;

/// <summary>The list's filters, from the query string.</summary>
/// <param name="Client">Part of the client's name or company.</param>
/// <param name="Overdue">Only engagements with something past its due date.</param>
internal sealed record EngagementQuery(string? Stage, string? Status, string? Owner, string? Client, bool? Overdue, int? Page, int? PageSize);
