using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>Stores a value (e.g. the execution state, a list of ids) as JSON text.</summary>
internal sealed class JsonValueConverter<T>() : ValueConverter<T, string>(
    value => JsonColumn.Serialize(value),
    json => JsonColumn.Deserialize<T>(json));
