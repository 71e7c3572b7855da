using System.Collections.Concurrent;
using System.Data.Common;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>
/// The row path's view of one entity type: its INSERT, UPDATE-by-key, SELECT-by-key and DELETE-by-key
/// statements and the binders and reader that go with them, all derived from the EF model by <see cref="RowMapBuilder"/>.
/// </summary>
internal sealed class RowMap<T>
    where T : class
{
    private readonly ConcurrentDictionary<ulong, RowUpdate<T>> _updates = new();

    /// <summary>The table's name, quoted for SQL.</summary>
    public required string Table { get; init; }

    /// <summary>Every column but the store-generated ones; those come back through RETURNING.</summary>
    public required RowColumn<T>[] InsertColumns { get; init; }

    public required RowColumn<T>[] KeyColumns { get; init; }

    /// <summary>The concurrency token the UPDATE checks (e.g. Revision), if the entity has one.</summary>
    public required RowColumn<T>? Token { get; init; }

    public required SqlStatement Insert { get; init; }

    /// <summary><c>UPDATE … SET every non-key column WHERE key [AND token = expected]</c>; one row affected or none.</summary>
    public SqlStatement Update => FullUpdate.Statement;

    /// <summary>The update that sets every non-key column.</summary>
    public required RowUpdate<T> FullUpdate { get; init; }

    public required SqlStatement SelectByKey { get; init; }

    public required SqlStatement DeleteByKey { get; init; }

    /// <summary>True when the INSERT returns store-generated values to read with <see cref="ReadGenerated"/>.</summary>
    public bool HasGeneratedValues => ReadGeneratedValues is not null;

    /// <summary>What each row object was read with, when the entity has a token and indexed columns to spare.</summary>
    internal required ObservedRows<T>? Observed { private get; init; }

    /// <summary>Builds the update that sets the non-indexed columns and the indexed ones in a mask of <see cref="ObservedRows{T}"/>.</summary>
    internal required Func<ulong, RowUpdate<T>> BuildUpdate { private get; init; }

    internal required Func<DbDataReader, T> ReadRow { private get; init; }

    internal required Action<DbDataReader, T>? ReadGeneratedValues { private get; init; }

    internal required Action<T>? ResetGeneratedValues { private get; init; }

    public void BindInsert(DbCommand command, T row)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < InsertColumns.Length; i++)
        {
            parameters[i].Value = InsertColumns[i].ValueOf(row);
        }
    }

    /// <summary>
    /// The update for <paramref name="row"/>: every column, less the indexed ones that still hold what the row was
    /// read with at <paramref name="expectedToken"/> (see <see cref="ObservedRows{T}"/>).
    /// </summary>
    public RowUpdate<T> UpdateFor(T row, object? expectedToken)
    {
        if (Observed is not { } observed)
        {
            return FullUpdate;
        }

        var mask = observed.Changed(row, expectedToken);
        return mask == observed.All ? FullUpdate : _updates.GetOrAdd(mask, BuildUpdate);
    }

    /// <summary>The column of <paramref name="propertyName"/>.</summary>
    public RowColumn<T> Column(string propertyName) =>
        InsertColumns.Concat(KeyColumns).First(c => c.Property.Name == propertyName);

    /// <summary>Binds a single-column key to <see cref="SelectByKey"/> or <see cref="DeleteByKey"/>.</summary>
    public void BindKey(DbCommand command, object key)
    {
        if (KeyColumns.Length != 1)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has a composite key; use {nameof(BindKeyOf)}.");
        }

        command.Parameters[0].Value = KeyColumns[0].ToProvider(key);
    }

    /// <summary>Binds the key of <paramref name="row"/> to <see cref="SelectByKey"/> or <see cref="DeleteByKey"/>.</summary>
    public void BindKeyOf(DbCommand command, T row)
    {
        for (var i = 0; i < KeyColumns.Length; i++)
        {
            command.Parameters[i].Value = KeyColumns[i].ValueOf(row);
        }
    }

    /// <summary>Materialises the current row of a <see cref="SelectByKey"/> reader.</summary>
    public T Read(DbDataReader reader)
    {
        var row = ReadRow(reader);
        Observed?.Remember(row);
        return row;
    }

    /// <summary>Copies what the INSERT's RETURNING clause read onto <paramref name="row"/>.</summary>
    public void ReadGenerated(DbDataReader reader, T row) => ReadGeneratedValues?.Invoke(reader, row);

    /// <summary>Puts the store-generated properties back to their unsaved default, after a rolled-back insert.</summary>
    public void ResetGenerated(T row) => ResetGeneratedValues?.Invoke(row);
}
