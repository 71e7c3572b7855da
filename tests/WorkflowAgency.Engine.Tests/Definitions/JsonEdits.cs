using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Tests.Definitions;

/// <summary>Edits a JSON tree at a JSON Pointer, so each test can say exactly which mistake it makes.</summary>
internal static class JsonEdits
{
    public static JsonNode At(this JsonNode root, string pointer) =>
        Tokens(pointer).Aggregate(root, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!);

    public static void Set(this JsonNode root, string pointer, JsonNode? value)
    {
        var (parent, last) = Split(root, pointer);
        if (parent is JsonArray array)
        {
            var index = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
            if (index == array.Count)
                array.Add(value);
            else
                array[index] = value;
        }
        else
        {
            parent[last] = value;
        }
    }

    public static void Remove(this JsonNode root, string pointer)
    {
        var (parent, last) = Split(root, pointer);
        if (parent is JsonArray array)
            array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        else
            parent.AsObject().Remove(last);
    }

    private static (JsonNode Parent, string Last) Split(JsonNode root, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var last = Tokens(pointer[slash..]).Single();
        return (root.At(pointer[..slash]), last);
    }

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
