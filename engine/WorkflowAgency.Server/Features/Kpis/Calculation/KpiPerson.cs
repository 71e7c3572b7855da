namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>A member of the account team, the people clients are counted per.</summary>
internal sealed record KpiPerson(string UserName, string DisplayName);
