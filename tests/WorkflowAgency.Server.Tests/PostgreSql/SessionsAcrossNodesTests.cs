using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using WorkflowAgency.Persistence.Tests.Infrastructure;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>Behind a load balancer a browser's requests land on any node: a session and its anti-forgery token must work on all.</summary>
public sealed class SessionsAcrossNodesTests
{
    private static readonly object Handoff = new { client = new { name = "Ada", company = "Analytical", email = "ada@example.com" } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_session_and_anti_forgery_token_from_one_node_are_accepted_by_another()
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_sessions", Ct);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            await using var first = new NodeFactory(connectionString, smtpPort: 25, workers: false, key);
            await using var second = new NodeFactory(connectionString, smtpPort: 25, workers: false, key);
            await Task.WhenAll(Task.Run(() => first.Services, Ct), Task.Run(() => second.Services, Ct));

            var session = await first.SignInForCarryingAsync("account1");
            var onSecond = second.Carrying(session);

            (await onSecond.PostAsJsonAsync("/api/engagements", Handoff, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await first.Carrying(session).PostAsJsonAsync("/api/engagements", Handoff, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
            Directory.Exists(Path.Combine(first.Folder, "data", "keys")).ShouldBeFalse("the key ring is in the database, not in a node's folder");
            first.Errors.Entries.Concat(second.Errors.Entries).ShouldBeEmpty();
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }
}
