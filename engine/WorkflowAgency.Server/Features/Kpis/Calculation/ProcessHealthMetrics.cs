using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Process health: time in each stage, open and overdue tasks, proposal win rate, negotiation rounds.</summary>
internal static class ProcessHealthMetrics
{
    /// <summary>Median and 90th percentile of the time spent in each stage, over the stage visits that ended in the period.</summary>
    public static IEnumerable<Metric> StageTimes(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var visits = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var engagement in history.Journal.GroupBy(j => j.EngagementId))
        {
            (string Stage, DateTime At)? entered = null;
            foreach (var entry in engagement)
            {
                if (entry.Kind == JournalEntryKind.StageEntered && entry.Stage is { } stage)
                    entered = (stage, entry.At);
                else if (entry.Kind == JournalEntryKind.StageExited && entered is { } open && open.Stage == entry.Stage)
                {
                    if (period.Contains(entry.At))
                        (visits.TryGetValue(open.Stage, out var list) ? list : visits[open.Stage] = []).Add((entry.At - open.At).TotalHours);
                    entered = null;
                }
            }
        }
        var stages = history.Stages.Concat(visits.Keys.Where(k => !history.Stages.Contains(k)).Order(StringComparer.Ordinal));
        foreach (var stage in stages)
        {
            var formula = $"time from entering to leaving the {stage} stage, over the visits that ended in the period (calendar hours)";
            var times = visits.GetValueOrDefault(stage);
            if (times is null)
            {
                var reason = $"no {stage} stage was left in the period";
                yield return Metric.Missing($"stageTime.{stage}.median", $"Time in {stage} (median)", MetricUnits.Hours, "median " + formula, reason);
                yield return Metric.Missing($"stageTime.{stage}.p90", $"Time in {stage} (90th percentile)", MetricUnits.Hours, "90th percentile (nearest rank) " + formula, reason);
                continue;
            }
            yield return Metric.Of($"stageTime.{stage}.median", $"Time in {stage} (median)", Percentiles.Of(times, 50), MetricUnits.Hours, "median " + formula, times.Count);
            yield return Metric.Of($"stageTime.{stage}.p90", $"Time in {stage} (90th percentile)", Percentiles.Of(times, 90), MetricUnits.Hours, "90th percentile (nearest rank) " + formula, times.Count);
        }
    }

    /// <summary>Tasks open at the end of the period (or now), per person holding them; overdue when past their due time then.</summary>
    public static IReadOnlyList<TaskLoad> TaskLoads(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var at = period.AsOf;
        var withdrawn = history.Journal
            .Where(j => j.Kind == JournalEntryKind.TaskCancelled && j.Data?["task"]?.ToString() is not null)
            .GroupBy(j => j.Data!["task"]!.ToString())
            .ToDictionary(g => g.Key, g => g.Min(j => j.At));
        return history.Tasks
            .Where(t => t.CreatedAt <= at
                && (t.Status != WorkTaskStatus.Completed || t.CompletedAt > at)
                && (t.Status != WorkTaskStatus.Cancelled || withdrawn.GetValueOrDefault(t.Id.ToString(), DateTime.MinValue) > at))
            .GroupBy(KpiHistory.Holder)
            .Select(g => new TaskLoad(g.Key, g.Count(), g.Count(t => t.DueAt < at)))
            .OrderBy(l => l.Person, StringComparer.Ordinal)
            .ToList();
    }

    public static IEnumerable<Metric> Tasks(IReadOnlyList<TaskLoad> loads)
    {
        ArgumentNullException.ThrowIfNull(loads);
        const string open = "tasks created by the end of the period (or now) and not completed or withdrawn by then";
        yield return Metric.Of("openTasks", "Open tasks", loads.Sum(l => l.Open), MetricUnits.Count, open, loads.Sum(l => l.Open));
        yield return Metric.Of("overdueTasks", "Overdue tasks", loads.Sum(l => l.Overdue), MetricUnits.Count, "open tasks past their due time at the end of the period (or now)", loads.Sum(l => l.Open));
    }

    /// <summary>Proposal win rate and negotiation rounds per won engagement, from how the negotiation stage ended.</summary>
    public static IEnumerable<Metric> Proposals(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var decided = history.Journal
            .Where(j => j.Kind == JournalEntryKind.StageExited && j.Stage == ProcessVocabulary.NegotiationStage && period.Contains(j.At)
                && (j.Outcome == ProcessVocabulary.Won || ProcessVocabulary.LostOutcomes.Contains(j.Outcome ?? "")))
            .ToList();
        const string winFormula = "negotiations won / negotiations decided (won, declined or expired) in the period × 100";
        var won = decided.Where(d => d.Outcome == ProcessVocabulary.Won).ToList();
        yield return decided.Count == 0
            ? Metric.Missing("proposalWinRate", "Proposal win rate", MetricUnits.Percent, winFormula, "no negotiation was decided in the period")
            : Metric.Of("proposalWinRate", "Proposal win rate", 100.0 * won.Count / decided.Count, MetricUnits.Percent, winFormula, decided.Count);

        const string roundsFormula = "mean number of times each engagement won in the period entered negotiation (1 = accepted as first sent)";
        if (won.Count == 0)
        {
            yield return Metric.Missing("negotiationRounds", "Negotiation rounds per won engagement", MetricUnits.Rounds, roundsFormula, "no negotiation was won in the period");
            yield break;
        }
        var rounds = won.Select(w => history.Journal.Count(j => j.EngagementId == w.EngagementId && j.Kind == JournalEntryKind.StageEntered
            && j.Stage == ProcessVocabulary.NegotiationStage && j.At <= w.At)).ToList();
        yield return Metric.Of("negotiationRounds", "Negotiation rounds per won engagement", rounds.Average(), MetricUnits.Rounds, roundsFormula, won.Count);
    }
}
