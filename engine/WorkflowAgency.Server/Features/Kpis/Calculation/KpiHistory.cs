using WorkflowAgency.Engine.State;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>
/// Everything the KPIs are computed from, as recorded: the engine's engagements, journal and tasks, and the
/// server's invoices, payments and logged client messages. The journal is in time order.
/// </summary>
internal sealed record KpiHistory(
    IReadOnlyList<Engagement> Engagements,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<WorkTask> Tasks,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<ClientMessage> ClientMessages,
    IReadOnlyList<KpiPerson> AccountStaff,
    IReadOnlyList<string> Stages)
{
    /// <summary>The engagements one person owns (with their journal, invoices…) and the tasks that person holds.</summary>
    public KpiHistory OwnedBy(string owner)
    {
        var ids = Engagements.Where(e => e.Owner == owner).Select(e => e.Id).ToHashSet();
        return this with
        {
            Engagements = Engagements.Where(e => ids.Contains(e.Id)).ToList(),
            Journal = Journal.Where(j => ids.Contains(j.EngagementId)).ToList(),
            Tasks = Tasks.Where(t => Holder(t) == owner).ToList(),
            Invoices = Invoices.Where(i => ids.Contains(i.EngagementId)).ToList(),
            Payments = Payments.Where(p => ids.Contains(p.EngagementId)).ToList(),
            ClientMessages = ClientMessages.Where(m => ids.Contains(m.EngagementId)).ToList(),
        };
    }

    /// <summary>Who a task is with: whoever claimed it, else its assignee, else its group (<c>group:creative</c>).</summary>
    public static string Holder(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.ClaimedBy ?? task.AssigneeUser ?? "group:" + task.AssigneeGroup;
    }

    /// <summary>A journal entry caused by a member of staff, not by the client, a timer or the engine.</summary>
    public static bool ByStaff(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Actor is { Length: > 0 } actor && actor != "client" && actor != "system";
    }
}
