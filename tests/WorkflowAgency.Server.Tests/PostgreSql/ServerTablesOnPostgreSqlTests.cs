using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Persistence.Tests.Infrastructure;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Storage.PostgreSql;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>The server on PostgreSQL: its own tables migrate beside the engine's, and the API works on them.</summary>
public sealed class ServerTablesOnPostgreSqlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_server_starts_on_an_empty_database_signs_in_and_finds_clients_whatever_their_case()
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_server", Ct);
        try
        {
            await using var server = new NodeFactory(connectionString, smtpPort: 25, workers: false, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            await using (var db = await server.Services.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContextAsync(Ct))
            {
                db.ShouldBeOfType<PostgreSqlServerDbContext>();
                db.Database.HasPendingModelChanges().ShouldBeFalse(
                    "run: dotnet ef migrations add <Name> --project engine/WorkflowAgency.Server --context PostgreSqlServerDbContext --output-dir Storage/PostgreSql/Migrations");
                (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
                (await db.Users.CountAsync(Ct)).ShouldBeGreaterThan(0, "the demo users were seeded");
            }

            var sales = await server.WithTokenAsync("integration");
            var id = await sales.HandoffAsync(owner: "account1");
            var account = await server.SignedInAsync("account1");
            var found = await account.GetFromJsonAsync<JsonObject>("/api/engagements?client=contoso", Ct);

            found!.ToJsonString().ShouldContain(id.ToString());
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }
}
