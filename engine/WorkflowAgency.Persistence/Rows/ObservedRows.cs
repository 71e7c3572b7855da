using System.Runtime.CompilerServices;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>
/// The indexed column values each row object was read with, and at which token (revision), so an update can
/// leave out the indexed columns that did not change.
/// </summary>
/// <remarks>
/// SQLite, like most engines, rewrites the entries of every index whose columns appear in an UPDATE's SET list,
/// changed or not; each rewritten index page is one more page for the WAL and for the next checkpoint. The
/// values are trusted only while the update expects the very token they were read at: every committed change
/// moves the token, so the row still holds them exactly when the update's own revision check passes. Keyed by
/// object, so a snapshot lives exactly as long as the row object it describes.
/// </remarks>
internal sealed class ObservedRows<T>(RowColumn<T>[] indexedColumns, RowColumn<T> token)
    where T : class
{
    private readonly ConditionalWeakTable<T, object[]> _observed = [];

    /// <summary>The mask that sets every indexed column, for rows whose read values are unknown.</summary>
    public ulong All { get; } = indexedColumns.Length == 64 ? ulong.MaxValue : (1UL << indexedColumns.Length) - 1;

    /// <summary>Remembers the indexed values <paramref name="row"/> was just read with.</summary>
    public void Remember(T row)
    {
        var values = new object[indexedColumns.Length + 1];
        for (var i = 0; i < indexedColumns.Length; i++)
        {
            values[i] = indexedColumns[i].ValueOf(row);
        }

        values[^1] = token.ValueOf(row);
        _observed.AddOrUpdate(row, values);
    }

    /// <summary>Bit i is set when indexed column i must be written: it changed, or what the row holds is not known.</summary>
    public ulong Changed(T row, object? expectedToken)
    {
        if (!_observed.TryGetValue(row, out var values) || !Equals(values[^1], token.ToProvider(expectedToken)))
        {
            return All;
        }

        var mask = 0UL;
        for (var i = 0; i < indexedColumns.Length; i++)
        {
            if (!Equals(values[i], indexedColumns[i].ValueOf(row)))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
