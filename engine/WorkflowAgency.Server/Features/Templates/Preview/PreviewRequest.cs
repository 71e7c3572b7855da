using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.Templates.Preview;

/// <summary>
/// Template source to try, and the data to render it with: an engagement's variables, <see cref="Data"/>, or both
/// (data over the engagement's). <see cref="Name"/> is the template being edited, so it previews in its place.
/// </summary>
internal sealed record PreviewRequest(string? Html, string? Text, string? Name, Guid? EngagementId, JsonObject? Data);
