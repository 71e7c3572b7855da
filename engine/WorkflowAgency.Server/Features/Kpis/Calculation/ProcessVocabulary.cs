namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>
/// The names in the shipped process (<c>workflows/client-engagement.json</c>) that the KPIs read. A process that
/// records the same facts under these names gets the same KPIs.
/// </summary>
internal static class ProcessVocabulary
{
    /// <summary>The stage whose outcome is the proposal's fate: <see cref="Won"/>, or one of <see cref="LostOutcomes"/>.</summary>
    public const string NegotiationStage = "negotiation";

    public const string Won = "won";

    public static IReadOnlySet<string> LostOutcomes { get; } = new HashSet<string>(StringComparer.Ordinal) { "declined", "expired" };

    /// <summary>The contract task's form field with the contracted amount, and the outcome that means it was signed.</summary>
    public const string ContractValue = "contract_value";

    public const string ContractSigned = "signed";

    /// <summary>The survey's fields (ratings 0–10).</summary>
    public const string Recommend = "recommend";

    public const string Knowledge = "knowledge";

    public const string Care = "care";

    /// <summary>The renewal task's outcomes and the field with the value of additional services.</summary>
    public const string Upsold = "upsold";

    public const string Renewed = "renewed";

    public const string UpsellValue = "upsell_value";

    public const string Currency = "currency";
}
