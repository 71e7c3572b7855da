using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>Maps a property to a JSON text column, with a comparer that sees changes inside the value.</summary>
internal static class JsonPropertyBuilderExtensions
{
    /// <summary>For <see cref="JsonObject"/> properties, nullable or not (a null stays SQL NULL).</summary>
    public static PropertyBuilder<T> HasJsonObjectConversion<T>(this PropertyBuilder<T> property)
        where T : JsonNode? =>
        property.HasConversion((ValueConverter)new JsonObjectConverter(), new JsonObjectComparer());

    /// <summary>For any other value System.Text.Json can round-trip.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property.HasConversion((ValueConverter)new JsonValueConverter<T>(), new JsonValueComparer<T>());
}
