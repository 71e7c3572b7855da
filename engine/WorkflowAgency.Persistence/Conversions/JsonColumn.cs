using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>How JSON columns are written and read, and how EF compares and snapshots their values.</summary>
internal static class JsonColumn
{
    /// <remarks>
    /// camelCase and enum names keep the stored text readable in a database browser. Relaxed escaping keeps
    /// client names and accents as written; the text is never embedded in HTML as it is, so HTML-safe
    /// escaping buys nothing here.
    /// </remarks>
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>True for the converters <see cref="JsonPropertyBuilderExtensions"/> puts on JSON columns.</summary>
    public static bool IsJsonConverter(ValueConverter converter) =>
        converter is JsonObjectConverter
        || (converter.GetType().IsGenericType && converter.GetType().GetGenericTypeDefinition() == typeof(JsonValueConverter<>));

    public static string Write(JsonObject value) => value.ToJsonString(Options);

    public static JsonObject ReadObject(string json) =>
        JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("A JSON object column holds null.");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A {typeof(T).Name} column holds null.");

    public static bool AreEqual(JsonObject? left, JsonObject? right) => JsonNode.DeepEquals(left, right);

    // Property order does not matter to DeepEquals, so the hash must not depend on it either.
    public static int HashOf(JsonObject? value) => value?.Count ?? 0;

    public static JsonObject? Snapshot(JsonObject? value) => value?.DeepClone().AsObject();

    public static bool AreEqual<T>(T? left, T? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && string.Equals(Serialize(left), Serialize(right), StringComparison.Ordinal));

    public static int HashOf<T>(T? value) => value is null ? 0 : StringComparer.Ordinal.GetHashCode(Serialize(value));

    public static T? Snapshot<T>(T? value) => value is null ? value : Deserialize<T>(Serialize(value));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
