using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Derives a <see cref="RowMap{T}"/> from the EF model: table and column names, type mappings, keys and tokens.</summary>
internal static class RowMapBuilder
{
    public static RowMap<T> Build<T>(IModel model, ISqlGenerationHelper sql)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sql);

        var entityType = model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var mapping = entityType.GetTableMappings().SingleOrDefault()
            ?? throw new NotSupportedException($"{typeof(T).Name} must map to exactly one table.");
        if (entityType.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{typeof(T).Name} has complex properties, which the row path does not map.");
        }

        var table = sql.DelimitIdentifier(mapping.Table.Name, mapping.Table.Schema);
        var columns = mapping.ColumnMappings.Select(Column<T>).ToArray();
        var key = entityType.FindPrimaryKey()!.Properties;
        var keyColumns = key.Select(p => columns.Single(c => c.Property == p)).ToArray();
        var generated = columns.Where(c => IsStoreGenerated(c.Property)).ToArray();
        var tokens = columns.Where(c => c.Property.IsConcurrencyToken).ToArray();
        if (tokens.Length > 1)
        {
            throw new NotSupportedException($"{typeof(T).Name} has more than one concurrency token.");
        }

        var insertColumns = columns.Except(generated).ToArray();
        var setColumns = columns.Except(keyColumns).ToArray();
        var token = tokens.SingleOrDefault();
        var indexedColumns = IndexedColumns(entityType, setColumns);

        var statements = new RowStatements<T>(sql, table, keyColumns);
        var fullUpdate = statements.Update(setColumns, token);

        // Bit i of a mask stands for indexed column i; the other columns are always set.
        bool IsSet(RowColumn<T> column, ulong mask) =>
            Array.IndexOf(indexedColumns, column) is var i && (i < 0 || (mask & (1UL << i)) != 0);
        RowUpdate<T> UpdateOf(ulong mask) =>
            setColumns.Where(c => IsSet(c, mask)).ToArray() is { Length: > 0 } set
                ? statements.Update(set, token)
                : fullUpdate;

        return new RowMap<T>
        {
            Table = table,
            InsertColumns = insertColumns,
            KeyColumns = keyColumns,
            Token = token,
            Insert = statements.Insert(insertColumns, generated),
            FullUpdate = fullUpdate,
            BuildUpdate = UpdateOf,
            Observed = token is null || indexedColumns.Length is 0 or > 64 ? null : new ObservedRows<T>(indexedColumns, token),
            SelectByKey = statements.SelectByKey(columns),
            DeleteByKey = statements.DeleteByKey(),
            ReadRow = RowExpressions.Reader(columns),
            ReadGeneratedValues = generated.Length == 0 ? null : RowExpressions.GeneratedReader(generated),
            ResetGeneratedValues = generated.Length == 0 ? null : RowExpressions.GeneratedReset(generated),
        };
    }

    private static RowColumn<T> Column<T>(IColumnMapping mapping)
    {
        var property = mapping.Property;
        if (property.PropertyInfo is not { } info || property.IsShadowProperty())
        {
            throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is not a CLR property the row path can read and write.");
        }

        return new RowColumn<T>(
            property,
            mapping.Column.Name,
            mapping.TypeMapping,
            mapping.Column.IsNullable,
            ColumnExpressions.ToProvider<T>(info, mapping.TypeMapping));
    }

    // An integer key the database numbers (SQLite's AUTOINCREMENT, an identity column): omitted from the INSERT
    // and read back. Any other generated value would need EF's value generators, which the row path does not run.
    private static bool IsStoreGenerated(IProperty property)
    {
        if (property.ValueGenerated == ValueGenerated.Never)
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (type == typeof(long) || type == typeof(int)))
        {
            return true;
        }

        throw new NotSupportedException(
            $"{property.DeclaringType.DisplayName()}.{property.Name} is generated ({property.ValueGenerated}); the row path only supports generated integer keys.");
    }

    // The non-key columns some index or unique constraint covers, or a partial index's filter names: the ones
    // whose rewriting costs index pages (the engine re-checks a partial index whenever its filter's columns are set).
    private static RowColumn<T>[] IndexedColumns<T>(IEntityType entityType, RowColumn<T>[] setColumns)
    {
        var indexed = entityType.GetIndexes().SelectMany(i => i.Properties)
            .Concat(entityType.GetKeys().Where(k => !k.IsPrimaryKey()).SelectMany(k => k.Properties))
            .ToHashSet();
        var filters = string.Join(" ", entityType.GetIndexes().Select(i => i.GetFilter()).OfType<string>());
        return setColumns.Where(c => indexed.Contains(c.Property) || filters.Contains($"\"{c.Name}\"", StringComparison.Ordinal)).ToArray();
    }
}
