using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Customer retention, clients per account person and the upsell / cross-sell rate: the KPIs counted in clients.</summary>
internal static class ClientMetrics
{
    /// <summary>
    /// A client is on the books at an instant while one of their engagements is open, and after one ends renewed or
    /// upsold (they stay until a later engagement of theirs ends any other way).
    /// </summary>
    public static HashSet<string> ActiveAt(KpiHistory history, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(history);
        var onBooks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in history.Engagements.Where(e => e.CreatedAt <= at).GroupBy(ClientKeys.Of))
        {
            var open = client.Any(e => e.CompletedAt is null || e.CompletedAt > at);
            var latest = client.Where(e => e.CompletedAt <= at).MaxBy(e => e.CompletedAt);
            if (open || latest?.Result is ProcessVocabulary.Renewed or ProcessVocabulary.Upsold)
                onBooks.Add(client.Key);
        }
        return onBooks;
    }

    /// <summary>Clients with an engagement open at some moment of the period.</summary>
    public static HashSet<string> ActiveDuring(KpiHistory history, KpiPeriod period) =>
        history.Engagements
            .Where(e => e.CreatedAt < period.To && (e.CompletedAt is null || e.CompletedAt >= period.From))
            .Select(ClientKeys.Of)
            .ToHashSet();

    public static Metric Retention(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        const string id = "retention";
        const string label = "Customer retention rate";
        const string formula = "CRR = (E − N) / S × 100; S clients at the start of the period, E at its end, N new in the period " +
            "(first engagement ever started in the period); a client counts while one of their engagements is open, " +
            "and after one ends renewed or upsold";
        var start = ActiveAt(history, period.From);
        if (start.Count == 0)
            return Metric.Missing(id, label, MetricUnits.Percent, formula, "no clients at the start of the period");
        var end = ActiveAt(history, period.AsOf);
        var firstStarts = history.Engagements.GroupBy(ClientKeys.Of).ToDictionary(g => g.Key, g => g.Min(e => e.CreatedAt));
        var added = firstStarts.Count(f => period.Contains(f.Value));
        return Metric.Of(id, label, 100.0 * (end.Count - added) / start.Count, MetricUnits.Percent, formula, start.Count);
    }

    public static Metric PerAccount(KpiHistory history, KpiPeriod period, int accountStaff)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        const string id = "clientsPerAccount";
        const string label = "Clients per account person";
        var formula = $"clients with an engagement open during the period / account staff ({accountStaff})";
        if (accountStaff == 0)
            return Metric.Missing(id, label, MetricUnits.Clients, formula, "no account staff");
        var clients = ActiveDuring(history, period);
        return clients.Count == 0
            ? Metric.Missing(id, label, MetricUnits.Clients, formula, "no client had an engagement open during the period")
            : Metric.Of(id, label, (double)clients.Count / accountStaff, MetricUnits.Clients, formula, clients.Count);
    }

    public static Metric Upsell(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        const string id = "upsellRate";
        const string label = "Upsell / cross-sell rate";
        const string formula = "clients who bought more (renewal task 'upsold', or 'renewed' with a value of additional services > 0) in the period " +
            "/ clients with an engagement open during the period × 100";
        var clients = ActiveDuring(history, period);
        if (clients.Count == 0)
            return Metric.Missing(id, label, MetricUnits.Percent, formula, "no client had an engagement open during the period");
        var byId = history.Engagements.ToDictionary(e => e.Id);
        var buyers = history.Journal
            .Where(j => j.Kind == JournalEntryKind.TaskCompleted && period.Contains(j.At) && BoughtMore(j) && byId.ContainsKey(j.EngagementId))
            .Select(j => ClientKeys.Of(byId[j.EngagementId]))
            .ToHashSet();
        return Metric.Of(id, label, 100.0 * buyers.Count / clients.Count, MetricUnits.Percent, formula, clients.Count);
    }

    private static bool BoughtMore(JournalEntry entry) =>
        entry.Outcome == ProcessVocabulary.Upsold
        || (entry.Outcome == ProcessVocabulary.Renewed
            && JsonNumbers.TryGetDecimal(entry.Data?["data"]?[ProcessVocabulary.UpsellValue], out var value) && value > 0);
}
