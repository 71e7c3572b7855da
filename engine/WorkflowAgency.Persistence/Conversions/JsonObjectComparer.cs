using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowAgency.Persistence.Conversions;

/// <summary>
/// Deep equality and deep snapshots for a mutable <see cref="JsonObject"/>, so a tracked change inside the
/// object is seen as a change of the column.
/// </summary>
internal sealed class JsonObjectComparer() : ValueComparer<JsonObject?>(
    (left, right) => JsonColumn.AreEqual(left, right),
    value => JsonColumn.HashOf(value),
    value => JsonColumn.Snapshot(value));
