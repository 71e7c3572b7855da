using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>Stores a <see cref="JsonObject"/> as JSON text.</summary>
internal sealed class JsonObjectConverter() : ValueConverter<JsonObject, string>(
    value => JsonColumn.Write(value),
    json => JsonColumn.ReadObject(json));
