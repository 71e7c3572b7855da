namespace WorkflowAgency.Server.Security;

internal static class CsrfEndpointExtensions
{
    /// <summary>Exempts the endpoint from <see cref="CsrfProtection"/>; say at the call why forging it gains nothing.</summary>
    public static TBuilder WithoutCsrfCheck<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(NoCsrfCheck.Instance);
}
