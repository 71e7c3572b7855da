namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>
/// One KPI figure as the dashboard shows it: the value (null when there is nothing to compute it from, with the
/// reason in <see cref="NoData"/>), its unit, the formula in words, and how many records it was computed from.
/// </summary>
internal sealed record Metric(string Id, string Label, double? Value, string Unit, string Formula, string? NoData, int Sample)
{
    public static Metric Of(string id, string label, double value, string unit, string formula, int sample) =>
        new(id, label, Math.Round(value, 2, MidpointRounding.AwayFromZero), unit, formula, null, sample);

    public static Metric Missing(string id, string label, string unit, string formula, string reason) =>
        new(id, label, null, unit, formula, reason, 0);
}
