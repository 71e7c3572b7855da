namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>The units a <see cref="Metric"/> can be in.</summary>
internal static class MetricUnits
{
    public const string BusinessHours = "businessHours";
    public const string Hours = "hours";
    public const string Score = "score";
    public const string Percent = "percent";
    public const string Clients = "clients";
    public const string Money = "money";
    public const string Count = "count";
    public const string Rounds = "rounds";
}
