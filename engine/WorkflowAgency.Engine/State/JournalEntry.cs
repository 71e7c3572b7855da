using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.State;

/// <summary>One line of an engagement's audit trail. Append-only; the source of the KPIs.</summary>
public sealed class JournalEntry
{
    public long Id { get; set; }

    public Guid EngagementId { get; set; }

    public DateTime At { get; set; }

    public JournalEntryKind Kind { get; set; }

    public string? Stage { get; set; }

    public string? StepId { get; set; }

    /// <summary>Who caused it: a user name, <c>client</c>, or <c>system</c>.</summary>
    public string? Actor { get; set; }

    /// <summary>A task outcome, client response, stage outcome or engagement result.</summary>
    public string? Outcome { get; set; }

    /// <summary>Details: changed variables, submitted data, the incident message…</summary>
    public JsonObject? Data { get; set; }
}
