namespace WorkflowAgency.Engine.Ports;

/// <summary>Issues the signed, expiring, single-purpose link a client answers a request through.</summary>
public interface IClientLinkIssuer
{
    /// <summary>A link that lets its holder answer the client wait <paramref name="waitId"/> until <paramref name="expiresAt"/>.</summary>
    Uri Issue(Guid waitId, DateTime expiresAt);
}
