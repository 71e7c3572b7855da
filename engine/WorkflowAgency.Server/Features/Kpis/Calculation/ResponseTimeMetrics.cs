using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Average response time to the client, in business hours.</summary>
internal static class ResponseTimeMetrics
{
    public const string Id = "responseTime";

    public static Metric Compute(KpiHistory history, KpiPeriod period, BusinessHours hours)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(hours);
        const string label = "Average response time to the client";
        var formula = "mean of (next staff action on the engagement − client event), in business hours (" + hours.Describe() + "); " +
            "client events: answers through client links and client messages logged by staff, in the period; events with no staff action yet are left out";

        var staffActions = history.Journal.Where(KpiHistory.ByStaff)
            .GroupBy(j => j.EngagementId)
            .ToDictionary(g => g.Key, g => g.Select(j => j.At).Order().ToList());
        var events = history.Journal
            .Where(j => j.Kind == JournalEntryKind.ClientResponded && period.Contains(j.At))
            .Select(j => (j.EngagementId, j.At))
            .Concat(history.ClientMessages.Where(m => period.Contains(m.ReceivedAt)).Select(m => (m.EngagementId, At: m.ReceivedAt)))
            .ToList();
        if (events.Count == 0)
            return Metric.Missing(Id, label, MetricUnits.BusinessHours, formula, "no client answers or logged client messages in the period");

        var responses = new List<double>();
        foreach (var (engagementId, at) in events)
        {
            if (staffActions.TryGetValue(engagementId, out var actions) && actions.FirstOrDefault(a => a > at) is var next && next != default)
                responses.Add(hours.Between(at, next).TotalHours);
        }
        return responses.Count == 0
            ? Metric.Missing(Id, label, MetricUnits.BusinessHours, formula, $"none of the {events.Count} client events in the period has been followed by a staff action yet")
            : Metric.Of(Id, label, responses.Average(), MetricUnits.BusinessHours, formula, responses.Count);
    }
}
