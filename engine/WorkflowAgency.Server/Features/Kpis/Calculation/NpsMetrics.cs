using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Net promoter score and the averages of the survey's two criteria, consulting knowledge and care attitude.</summary>
internal static class NpsMetrics
{
    public static IEnumerable<Metric> Compute(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var answers = history.Journal
            .Where(j => j.Kind == JournalEntryKind.ClientResponded && period.Contains(j.At))
            .Select(j => j.Data?["data"])
            .Where(d => JsonNumbers.TryGetDecimal(d?[ProcessVocabulary.Recommend], out _))
            .ToList();
        const string npsFormula = "% promoters (recommend 9–10) − % detractors (recommend 0–6), over the survey answers given in the period";
        const string noSurveys = "no survey answers in the period";
        if (answers.Count == 0)
        {
            yield return Metric.Missing("nps", "NPS", MetricUnits.Score, npsFormula, noSurveys);
            yield return Metric.Missing("npsKnowledge", "Consulting knowledge (average)", MetricUnits.Score, AverageFormula("knowledge"), noSurveys);
            yield return Metric.Missing("npsCare", "Care attitude (average)", MetricUnits.Score, AverageFormula("care"), noSurveys);
            yield break;
        }

        var recommend = answers.Select(a => Read(a![ProcessVocabulary.Recommend])!.Value).ToList();
        var promoters = recommend.Count(r => r >= 9);
        var detractors = recommend.Count(r => r <= 6);
        yield return Metric.Of("nps", "NPS", 100.0 * (promoters - detractors) / recommend.Count, MetricUnits.Score, npsFormula, recommend.Count);
        yield return Average("npsKnowledge", "Consulting knowledge (average)", ProcessVocabulary.Knowledge, answers);
        yield return Average("npsCare", "Care attitude (average)", ProcessVocabulary.Care, answers);
    }

    private static Metric Average(string id, string label, string field, IReadOnlyList<System.Text.Json.Nodes.JsonNode?> answers)
    {
        var values = answers.Select(a => Read(a?[field])).OfType<double>().ToList();
        return values.Count == 0
            ? Metric.Missing(id, label, MetricUnits.Score, AverageFormula(field), $"no survey answer in the period rated {field}")
            : Metric.Of(id, label, values.Average(), MetricUnits.Score, AverageFormula(field), values.Count);
    }

    private static string AverageFormula(string field) => $"mean of the '{field}' ratings (0–10) in the survey answers given in the period";

    private static double? Read(System.Text.Json.Nodes.JsonNode? node) =>
        JsonNumbers.TryGetDecimal(node, out var value) ? (double)value : null;
}
