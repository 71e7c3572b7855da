namespace WorkflowAgency.Server.Security;

/// <summary>Endpoint metadata: this unsafe endpoint is not open to cross-site request forgery (see where it is used for why).</summary>
internal sealed class NoCsrfCheck
{
    public static NoCsrfCheck Instance { get; } = new();
}
