using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Common;

/// <summary>Reads JSON numbers whatever backs the node (parsed text, or an int/long/double set from code).</summary>
public static class JsonNumbers
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        // GetValue<decimal> throws for a node built from an int; the JSON text is the common ground.
        return node is JsonValue v
            && v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
