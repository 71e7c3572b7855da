namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Kpis</c> section: the business hours response times are counted in, and the reporting currency.</summary>
internal sealed class KpiOptions
{
    public const string Section = "Kpis";

    /// <summary>The currency the headline revenue figures are in; other currencies are listed apart, never converted.</summary>
    public string Currency { get; set; } = "EUR";

    public BusinessHoursOptions BusinessHours { get; set; } = new();
}
