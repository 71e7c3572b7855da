using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence.PostgreSql;

/// <summary>
/// <see cref="WorkflowDbContext"/> on PostgreSQL: the same model, with the migrations in <c>PostgreSql/Migrations</c>
/// bound to this type, and JSON columns stored as <c>jsonb</c>.
/// </summary>
/// <remarks>
/// Callers never see this type: <see cref="IDbContextFactory{TContext}"/> of <see cref="WorkflowDbContext"/> hands it
/// out as its base type. A type of its own is EF's way of keeping two engines' migrations in one assembly.
/// </remarks>
internal sealed class PostgreSqlWorkflowDbContext(DbContextOptions<PostgreSqlWorkflowDbContext> options) : WorkflowDbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // jsonb checks that what is stored is JSON and lets an operator query inside it; the values still cross
        // the wire as text through the same converters, so the engine reads exactly what SQLite gives it.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.GetValueConverter() is { } converter && JsonColumn.IsJsonConverter(converter))
            {
                property.SetColumnType("jsonb");
            }
        }
    }
}
