namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>
/// The half-open period [<see cref="From"/>, <see cref="To"/>) in UTC. <see cref="AsOf"/> is its end, or now when
/// the period reaches into the future: snapshots (open tasks, overdue invoices, clients at the end) cannot be later.
/// </summary>
internal sealed record KpiPeriod(DateTime From, DateTime To, DateTime Now)
{
    public DateTime AsOf => To < Now ? To : Now;

    public DateOnly AsOfDate => DateOnly.FromDateTime(AsOf);

    public bool Contains(DateTime at) => at >= From && at < To;

    public bool Contains(DateOnly day) => Contains(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}
