using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>Several nodes on one PostgreSQL share the due work: every timer fires once and every email is sent once.</summary>
public sealed class TwoNodesTests
{
    private const int Engagements = 1000;

    private const string Definition = $$"""
        {
          "schemaVersion": 1,
          "id": "node-check",
          "name": "A timer, then an email",
          "start": "wait",
          "stages": [
            {
              "id": "wait",
              "name": "Wait",
              "start": "pause",
              "steps": [
                { "id": "pause", "type": "timer", "duration": "PT1S", "next": "notify" },
                { "id": "notify", "type": "sendEmail", "template": "{{NodeFactory.Template}}", "end": "done" }
              ]
            }
          ],
          "transitions": [ { "from": "wait", "on": "done", "finish": "done" } ]
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task two_nodes_fire_each_of_1000_due_timers_once_and_send_each_of_their_1000_emails_once()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_nodes", Ct);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            // Set up with the workers off: 1,000 engagements parked on a timer due a second after they start.
            await using (var setup = new NodeFactory(connectionString, smtp.Port, workers: false, key))
            {
                await StartEngagementsAsync(setup.Services);
            }

            await using var first = new NodeFactory(connectionString, smtp.Port, workers: true, key);
            await using var second = new NodeFactory(connectionString, smtp.Port, workers: true, key);
            var nodes = new[] { first.Services, second.Services };

            var done = await WaitForAsync(nodes[0], smtp, TimeSpan.FromMinutes(3));
            done.ShouldBeTrue($"within 3 minutes: {smtp.Received.Count} emails received");

            // A few more polls of both nodes, so a second send or firing would have happened by now.
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);

            var timersFired = await QueryAsync(nodes[1], db => db.Journal
                .Where(j => j.Kind == JournalEntryKind.TimerFired)
                .GroupBy(j => j.EngagementId)
                .Select(g => g.Count())
                .ToListAsync(Ct));
            timersFired.Count.ShouldBe(Engagements, "every engagement's timer fired");
            timersFired.ShouldAllBe(count => count == 1, "no timer fired twice");
            (await QueryAsync(nodes[1], db => db.Waits.CountAsync(Ct))).ShouldBe(0);
            (await QueryAsync(nodes[1], db => db.Engagements.CountAsync(e => e.Status == EngagementStatus.Completed, Ct))).ShouldBe(Engagements);

            var received = smtp.Received.GroupBy(r => r.Message.MessageId).ToList();
            received.Count.ShouldBe(Engagements, "one Message-Id per engagement");
            received.ShouldAllBe(g => g.Count() == 1, "no email was sent twice");
            (await QueryAsync(nodes[1], db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1, Ct))).ShouldBe(Engagements);
            (first.Outbox.Claimed + second.Outbox.Claimed).ShouldBe(Engagements, "each message was claimed once, by one node");
            first.Outbox.Claimed.ShouldBeGreaterThan(0, "both nodes sent");
            second.Outbox.Claimed.ShouldBeGreaterThan(0, "both nodes sent");
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task StartEngagementsAsync(IServiceProvider services)
    {
        var published = await services.GetRequiredService<DefinitionService>().SaveAndPublishAsync(Definition, "two nodes", Actor.System, Ct);
        published.Error.ShouldBeNull();
        var engine = services.GetRequiredService<WorkflowEngine>();
        var sales = Actor.User("sales-api", "integration");
        await Parallel.ForEachAsync(Enumerable.Range(0, Engagements), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (i, ct) =>
        {
            var started = await engine.StartAsync(
                new StartEngagement { DefinitionId = "node-check", Client = new ClientInfo($"Client {i}", null, $"client{i}@example.com"), Owner = "account1" },
                sales,
                ct);
            started.Error.ShouldBeNull();
        });
    }

    private static async Task<bool> WaitForAsync(IServiceProvider services, TestSmtpServer smtp, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (smtp.Received.Count >= Engagements
                && await QueryAsync(services, db => db.Engagements.CountAsync(e => e.Status != EngagementStatus.Completed, Ct)) == 0)
                return true;
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        }
        return false;
    }

    private static async Task<T> QueryAsync<T>(IServiceProvider services, Func<WorkflowDbContext, Task<T>> query)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync(Ct);
        return await query(db);
    }
}
