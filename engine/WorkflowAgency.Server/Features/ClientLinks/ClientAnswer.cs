using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>What the client answered, and when.</summary>
internal sealed record ClientAnswer(string Response, JsonObject Data, DateTime At);
