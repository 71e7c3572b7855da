using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.Engagements.Signal;

/// <summary>Details that come with the signal, e.g. a payment's amount and date.</summary>
internal sealed record SignalRequest(JsonObject? Data);
