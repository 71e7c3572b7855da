namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary>A stored document without its HTML (<c>GET /api/documents/{id}</c> serves that).</summary>
internal sealed record DocumentSummary(Guid Id, string Name, int Version, string Template, DateTime CreatedAt, DateTime? SentAt);
