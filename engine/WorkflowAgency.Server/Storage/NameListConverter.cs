using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowAgency.Server.Storage;

/// <summary>Roles and groups as one space-separated column: a handful of slugs, never queried one by one in SQL.</summary>
internal sealed class NameListConverter() : ValueConverter<List<string>, string>(
    names => string.Join(' ', names),
    stored => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList());
