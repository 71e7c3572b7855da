using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>Stores timestamps as UTC and reads them back marked <see cref="DateTimeKind.Utc"/>.</summary>
/// <remarks>
/// The column keeps the provider's plain DateTime format (on SQLite, ISO-like text that sorts and compares
/// correctly as text), so due-date queries stay index range scans. DateTimeOffset is deliberately not used:
/// SQLite cannot order or compare it.
/// </remarks>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStore(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    // Unspecified is taken to be UTC already: the engine only deals in UTC, and converting it as if it
    // were local time would shift it by the server's offset. It is marked UTC because PostgreSQL's timestamptz
    // refuses a DateTime of any other kind; SQLite's text ignores the kind.
    private static DateTime ToStore(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
