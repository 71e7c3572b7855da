namespace WorkflowAgency.Server.Features.Definitions.Retract;

/// <summary>The version to retract; the latest live one when omitted.</summary>
internal sealed record RetractRequest(int? Version);
