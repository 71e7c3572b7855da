using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Computes the report from a recorded history: pure, so tests can hand it a history worked out on paper.</summary>
internal static class KpiCalculator
{
    public static KpiReport Compute(KpiHistory history, KpiPeriod period, string? owner, KpiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        var scoped = owner is null ? history : history.OwnedBy(owner);
        var loads = ProcessHealthMetrics.TaskLoads(scoped, period);
        var metrics = Metrics(scoped, period, settings, owner is null ? history.AccountStaff.Count : 1, loads);

        var people = owner is not null
            ? [history.AccountStaff.FirstOrDefault(p => p.UserName == owner) ?? new KpiPerson(owner, owner)]
            : history.AccountStaff
                .Concat(history.Engagements.Select(e => e.Owner).OfType<string>().Distinct(StringComparer.Ordinal)
                    .Where(o => history.AccountStaff.All(p => p.UserName != o)).Order(StringComparer.Ordinal).Select(o => new KpiPerson(o, o)))
                .ToList();
        var perPerson = people.Select(person =>
        {
            var theirs = history.OwnedBy(person.UserName);
            return new PersonKpis(person.UserName, person.DisplayName, Metrics(theirs, period, settings, 1, ProcessHealthMetrics.TaskLoads(theirs, period)));
        }).ToList();

        return new KpiReport(
            period.From, period.To, owner, period.Now, settings.Currency, settings.BusinessHours.Describe(),
            metrics, loads, RevenueMetrics.Totals(scoped, period), perPerson);
    }

    private static List<Metric> Metrics(KpiHistory history, KpiPeriod period, KpiSettings settings, int accountStaff, IReadOnlyList<TaskLoad> loads) =>
    [
        ResponseTimeMetrics.Compute(history, period, settings.BusinessHours),
        .. NpsMetrics.Compute(history, period),
        ClientMetrics.Retention(history, period),
        ClientMetrics.PerAccount(history, period, accountStaff),
        .. RevenueMetrics.Compute(history, period, settings.Currency),
        ClientMetrics.Upsell(history, period),
        .. ProcessHealthMetrics.StageTimes(history, period),
        .. ProcessHealthMetrics.Tasks(loads),
        .. ProcessHealthMetrics.Proposals(history, period),
    ];
}
