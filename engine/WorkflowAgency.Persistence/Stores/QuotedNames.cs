using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Stores;

/// <summary>The table and column names of one entity type as the context's engine quotes them, for the few hand-written statements.</summary>
internal sealed class QuotedNames<T>
    where T : class
{
    private readonly IEntityType _entityType;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _sql;

    public QuotedNames(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);

        _entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _table = StoreObjectIdentifier.Table(_entityType.GetTableName()!, _entityType.GetSchema());
        _sql = db.GetService<ISqlGenerationHelper>();
        Table = _sql.DelimitIdentifier(_table.Name, _table.Schema);
    }

    public string Table { get; }

    /// <summary>The quoted column of <paramref name="property"/>.</summary>
    public string this[string property] =>
        _sql.DelimitIdentifier(_entityType.FindProperty(property)?.GetColumnName(_table)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} is not mapped."));
}
