namespace WorkflowAgency.Server.Features.Definitions.Retract;

internal sealed record RetractResponse(string Id, int Version, bool Retracted);
