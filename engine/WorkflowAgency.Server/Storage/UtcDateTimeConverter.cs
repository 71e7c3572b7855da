using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Server.Storage;

/// <summary>Timestamps are UTC throughout; SQLite forgets the kind, so it is put back on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
