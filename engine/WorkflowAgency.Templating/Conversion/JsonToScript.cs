using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace WorkflowAgency.Templating.Conversion;

/// <summary>Copies JSON data into Scriban's own objects, keeping names exactly as written.</summary>
/// <remarks>
/// A deep copy per evaluation: a script may assign to what it sees, and must not change the caller's
/// <see cref="JsonObject"/> or another evaluation's view of it.
/// </remarks>
internal static class JsonToScript
{
    public static ScriptObject ToScriptObject(JsonObject json)
    {
        var result = new ScriptObject(json.Count);
        foreach (var (name, value) in json)
            result.Add(name, ToScript(value));
        return result;
    }

    private static object? ToScript(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ToScriptObject(obj),
        JsonArray array => ToScriptArray(array),
        JsonValue value => ToScalar(value),
        _ => throw new NotSupportedException($"Unknown JSON node type {node.GetType()}."),
    };

    private static ScriptArray ToScriptArray(JsonArray json)
    {
        var result = new ScriptArray(json.Count);
        foreach (var item in json)
            result.Add(ToScript(item));
        return result;
    }

    private static object? ToScalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => ReadString(value),
        JsonValueKind.Number => ReadNumber(value),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string ReadString(JsonValue value) =>
        value.TryGetValue(out string? text) ? text : ReadFromJson(value).GetString()!;

    /// <summary>Whole numbers become long so that <c>count == 3</c> compares as integers; others decimal.</summary>
    /// <remarks>Decimal rather than double keeps money exact: <c>0.1 + 0.2 == 0.3</c> holds.</remarks>
    private static object ReadNumber(JsonValue value)
    {
        var element = value.TryGetValue(out JsonElement parsed) ? parsed : ReadFromJson(value);
        if (element.TryGetInt64(out var whole))
            return whole;
        if (element.TryGetDecimal(out var exact))
            return exact;
        return element.GetDouble();
    }

    // Values built in code (JsonValue.Create(42), of a DateTime...) do not convert to every type the
    // way parsed ones do; their JSON text always does.
    private static JsonElement ReadFromJson(JsonValue value)
    {
        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.Clone();
    }
}
