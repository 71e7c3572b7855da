using System.Text.Json;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>
/// Where each value of a JSON text sits, by JSON Pointer, so a problem found on the deserialized document
/// can be shown at its line and column. Members are placed at their property name, array items at their value.
/// </summary>
public sealed class JsonSourceMap
{
    private readonly Dictionary<string, (SourcePosition Position, JsonValueKind Kind)> entries;

    private JsonSourceMap(Dictionary<string, (SourcePosition, JsonValueKind)> entries) => this.entries = entries;

    /// <summary>Maps <paramref name="json"/>. Text after a syntax error is left unmapped rather than failing.</summary>
    public static JsonSourceMap Build(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Utf8TextIndex.Encode(json);
        return Build(utf8, new Utf8TextIndex(utf8));
    }

    internal static JsonSourceMap Build(byte[] utf8, Utf8TextIndex index)
    {
        var entries = new Dictionary<string, (SourcePosition, JsonValueKind)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var containers = new Stack<JsonContainerCursor>();
        string? memberPointer = null;
        var memberPosition = default(SourcePosition);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        memberPointer = JsonPointer.Append(containers.Peek().Pointer, reader.GetString()!);
                        memberPosition = index.At(reader.TokenStartIndex);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        containers.Pop();
                        break;
                    default:
                        var (pointer, position) = containers.Count switch
                        {
                            0 => ("", index.At(reader.TokenStartIndex)),
                            _ when containers.Peek().IsArray => (containers.Peek().NextItem(), index.At(reader.TokenStartIndex)),
                            _ => (memberPointer!, memberPosition),
                        };
                        // A repeated name keeps its first place; the reader reports the repetition itself.
                        entries.TryAdd(pointer, (position, KindOf(reader.TokenType)));
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                            containers.Push(new JsonContainerCursor(pointer, reader.TokenType == JsonTokenType.StartArray));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON is reported by the reader with its own position; what was mapped so far still helps.
        }

        return new JsonSourceMap(entries);
    }

    /// <summary>The position of the value at exactly <paramref name="pointer"/>, when the text has it.</summary>
    public bool TryFind(string pointer, out SourcePosition position)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        var found = entries.TryGetValue(pointer, out var entry);
        position = entry.Position;
        return found;
    }

    /// <summary>
    /// The position of <paramref name="pointer"/>, or of its nearest ancestor when the value is missing
    /// (a required property that was left out is shown at the object that lacks it).
    /// </summary>
    public SourcePosition Locate(string pointer)
    {
        for (string? at = pointer; at is not null; at = JsonPointer.Parent(at))
        {
            if (entries.TryGetValue(at, out var entry))
                return entry.Position;
        }

        return new SourcePosition(1, 1);
    }

    /// <summary>What kind of value the text has at <paramref name="pointer"/>, if any.</summary>
    public JsonValueKind KindAt(string pointer) =>
        entries.TryGetValue(pointer, out var entry) ? entry.Kind : JsonValueKind.Undefined;

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };
}
