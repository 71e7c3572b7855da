using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class CrashAndRaceTests
{
    [Fact]
    public async Task an_email_committed_before_a_crash_is_sent_exactly_once_after_the_restart()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        Guid id;
        await using (var before = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp))
        {
            await before.PublishAsync();
            id = await before.QueueProposalAsync();
            // The process dies here: the transition committed, the worker never ran.
        }
        smtp.Received.ShouldBeEmpty();

        await using var after = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        (await after.Worker.SendDueAsync()).ShouldBe(1);
        clock.Advance(TimeSpan.FromHours(1));
        (await after.Worker.SendDueAsync()).ShouldBe(0);

        var received = smtp.Received.ShouldHaveSingleItem();
        ("<" + received.Message.MessageId + ">").ShouldBe((await after.EmailAsync(id)).MessageId);
        received.Message.Attachments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task two_workers_on_one_database_send_each_message_once()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        // Two nodes sharing one database, claiming in small batches so that they interleave.
        await using var a = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp, o => o.BatchSize = 2);
        await using var b = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp, o => o.BatchSize = 2);
        await a.PublishAsync();
        const int Count = 12;
        for (var i = 0; i < Count; i++)
            await a.QueueProposalAsync(client: $"Client {i}");

        var sent = await Task.WhenAll(
            Task.Run(() => a.Worker.SendDueAsync()),
            Task.Run(() => b.Worker.SendDueAsync()),
            Task.Run(() => a.Worker.SendDueAsync()),
            Task.Run(() => b.Worker.SendDueAsync()));

        sent.Sum().ShouldBe(Count);
        smtp.Received.Count.ShouldBe(Count);
        smtp.Received.Select(r => r.Message.MessageId).Distinct().Count().ShouldBe(Count);
        (await a.QueryAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1))).ShouldBe(Count);
        (await a.QueryAsync(db => db.Journal.CountAsync(j => j.Kind == JournalEntryKind.EmailSent))).ShouldBe(Count);
    }

    [Fact]
    public async Task a_transition_that_lost_a_conflict_leaves_no_email_behind_only_the_winner_is_sent()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var a = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await using var b = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await a.PublishAsync();

        for (var round = 0; round < 10; round++)
        {
            var id = await a.StartAsync(client: $"Client {round}");
            var draft = await a.OpenTaskAsync(id, "draft");

            // Two people complete the same task at once, on two nodes, each with their own note.
            var results = await Task.WhenAll(
                Task.Run(() => a.Engine.CompleteTaskAsync(draft.Id, null, new JsonObject { ["note"] = "from A" }, EmailHarness.Account)),
                Task.Run(() => b.Engine.CompleteTaskAsync(draft.Id, null, new JsonObject { ["note"] = "from B" }, EmailHarness.OtherAccount)));

            results.Count(r => r.Succeeded).ShouldBe(1);
            results.Single(r => !r.Succeeded).Error!.Kind.ShouldBe(ErrorKind.Conflict);
            var winner = results[0].Succeeded ? "from A" : "from B";
            (await a.OutboxAsync(id)).ShouldHaveSingleItem().Subject.ShouldBe($"Your proposal from the agency ({winner})");
        }

        (await a.Worker.SendDueAsync()).ShouldBe(10);
        smtp.Received.Count.ShouldBe(10);
        (await a.QueryAsync(db => db.Outbox.CountAsync())).ShouldBe(10);
    }
}
