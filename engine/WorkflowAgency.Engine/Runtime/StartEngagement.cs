using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>The Sales handoff: who the client is, who owns them, and anything known already.</summary>
public sealed record StartEngagement
{
    public required string DefinitionId { get; init; }

    public required ClientInfo Client { get; init; }

    /// <summary>The account person who owns the relationship; tasks without an assignee go to them.</summary>
    public string? Owner { get; init; }

    /// <summary>Starting values, over the definition's defaults (budget, notes…).</summary>
    public JsonObject? Variables { get; init; }
}
