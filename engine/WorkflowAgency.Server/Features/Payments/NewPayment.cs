namespace WorkflowAgency.Server.Features.Payments;

/// <summary>Money received against an invoice; <c>receivedOn</c> is a date (<c>YYYY-MM-DD</c>).</summary>
internal sealed record NewPayment(decimal? Amount, string? ReceivedOn);
