namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>How many child rows of each kind one engagement has.</summary>
internal sealed record RowCounts(int Tasks, int Waits, int Journal, int Incidents, int Outbox, int Documents);
