using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.Definitions;

/// <summary>Stored definition text as a JSON value in responses, so clients get an object, not a string to parse again.</summary>
internal static class DefinitionJson
{
    /// <summary>The parsed JSON; a draft too broken to parse comes back as its text.</summary>
    public static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
