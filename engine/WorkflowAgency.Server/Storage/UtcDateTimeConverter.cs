using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Server.Storage;

/// <summary>
/// Timestamps are UTC throughout; SQLite forgets the kind, so it is put back on read, and an unspecified one is
/// marked UTC on write, which PostgreSQL's timestamptz insists on.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
