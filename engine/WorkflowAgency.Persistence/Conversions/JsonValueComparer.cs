using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>Compares and snapshots a mutable value stored as JSON by its JSON text.</summary>
internal sealed class JsonValueComparer<T>() : ValueComparer<T?>(
    (left, right) => JsonColumn.AreEqual(left, right),
    value => JsonColumn.HashOf(value),
    value => JsonColumn.Snapshot(value));
