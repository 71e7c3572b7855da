namespace WorkflowAgency.Server.Features.Engagements.Handoff;

/// <summary>What Sales knows when it hands a client over.</summary>
/// <param name="DefinitionId">The process to run; <c>client-engagement</c> when omitted.</param>
/// <param name="Owner">The account person who owns the client; without one, the first tasks go to the account team.</param>
internal sealed record HandoffRequest(string? DefinitionId, ClientRequest? Client, string? Owner, string? Notes, decimal? Budget, string? Currency);
