using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Common;

/// <summary>When a condition's value counts as true: as in the template language, null, false, 0 and "" do not.</summary>
public static class Truthiness
{
    public static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number => !JsonNumbers.TryGetDecimal(v, out var number) || number != 0,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            _ => true,
        },
        _ => true,
    };
}
