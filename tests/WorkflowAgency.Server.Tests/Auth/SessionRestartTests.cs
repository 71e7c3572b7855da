using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Auth;

/// <summary>Staff stay signed in when the server restarts: the keys behind their cookies are kept with the data.</summary>
public sealed class SessionRestartTests
{
    private static readonly object Handoff = new { client = new { name = "Ada", company = "Analytical", email = "ada@example.com" } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_session_and_its_anti_forgery_token_survive_a_server_restart()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "workflowagency-server-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            CarriedSession session;
            await using (var before = new RestartableServerFactory(dataFolder))
                session = await before.SignInForCarryingAsync("account1");

            await using var after = new RestartableServerFactory(dataFolder);
            var response = await after.Carrying(session).PostAsJsonAsync("/api/engagements", Handoff, Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
