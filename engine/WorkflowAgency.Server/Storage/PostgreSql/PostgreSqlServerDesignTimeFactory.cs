using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Storage.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add --context PostgreSqlServerDbContext</c> build the model without starting the server.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "dotnet-ef creates it through reflection.")]
internal sealed class PostgreSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlServerDbContext>
{
    public PostgreSqlServerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlServerDbContext>();
        ServerDatabase.Configure(builder, PersistenceOptions.PostgreSqlProvider, "Host=localhost;Database=server_design_time");
        return new PostgreSqlServerDbContext(builder.Options);
    }
}
