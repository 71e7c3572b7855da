using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowAgency.Server.Storage;

/// <summary>Lets EF Core notice a role added to or removed from a user's list.</summary>
internal sealed class NameListComparer() : ValueComparer<List<string>>(
    (a, b) => a != null && b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, name) => HashCode.Combine(hash, name.GetHashCode(StringComparison.Ordinal))),
    list => list.ToList());
