using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowAgency.Server.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the server (which would migrate and seed).</summary>
[SuppressMessage("Performance", "CA1812", Justification = "dotnet-ef creates it through reflection.")]
internal sealed class ServerDesignTimeFactory : IDesignTimeDbContextFactory<ServerDbContext>
{
    public ServerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ServerDbContext>();
        ServerDatabase.Configure(builder, "Sqlite", "Data Source=server-design-time.db");
        return new ServerDbContext(builder.Options);
    }
}
