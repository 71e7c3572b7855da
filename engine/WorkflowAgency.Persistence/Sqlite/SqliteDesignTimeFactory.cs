using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowAgency.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without a host.</summary>
/// <remarks>Adding a migration never opens the database; the file name only has to be a valid one.</remarks>
[SuppressMessage("Performance", "CA1812", Justification = "dotnet-ef creates it through reflection.")]
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        new SqliteDatabaseProvider().Configure(builder, "Data Source=workflow-design-time.db");
        return new WorkflowDbContext(builder.Options);
    }
}
