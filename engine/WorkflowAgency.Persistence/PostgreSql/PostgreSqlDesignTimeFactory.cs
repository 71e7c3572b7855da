using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowAgency.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add --context PostgreSqlWorkflowDbContext</c> build the model without a host.</summary>
/// <remarks>Adding a migration never connects; the connection string only has to parse.</remarks>
[SuppressMessage("Performance", "CA1812", Justification = "dotnet-ef creates it through reflection.")]
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlWorkflowDbContext>
{
    public PostgreSqlWorkflowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlWorkflowDbContext>();
        new PostgreSqlDatabaseProvider().Configure(builder, "Host=localhost;Database=workflow_design_time");
        return new PostgreSqlWorkflowDbContext(builder.Options);
    }
}
