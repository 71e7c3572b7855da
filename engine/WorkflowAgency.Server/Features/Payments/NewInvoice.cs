namespace WorkflowAgency.Server.Features.Payments;

/// <summary>An invoice as staff or accounting report it; checked by <see cref="PaymentLedger"/>.</summary>
internal sealed record NewInvoice(string? Number, decimal? Amount, string? Currency, string? IssuedOn, string? DueOn);
