using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Outbox;

/// <summary>The persistence side of the outbox (EfOutboxStore) on a real SQLite file.</summary>
public sealed class OutboxStoreTests
{
    [Fact]
    public async Task claiming_takes_due_messages_oldest_first_counts_an_attempt_and_leaves_later_ones()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var first = await h.QueueProposalAsync(client: "First Ltd");
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await h.QueueProposalAsync(client: "Second Ltd");
        var firstQueuedAt = clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var lease = firstQueuedAt.AddMinutes(2);

        var claimed = await h.Outbox.ClaimDueAsync(firstQueuedAt, lease, 10);

        var message = claimed.ShouldHaveSingleItem();
        message.EngagementId.ShouldBe(first);
        message.Attempts.ShouldBe(1);
        message.NextAttemptAt.ShouldBe(lease);
        var stored = await h.EmailAsync(first);
        stored.Attempts.ShouldBe(1);
        stored.NextAttemptAt.ShouldBe(lease);
        (await h.EmailAsync(second)).Attempts.ShouldBe(0);
        (await h.Outbox.ClaimDueAsync(firstQueuedAt.AddSeconds(1), lease, 10)).ShouldHaveSingleItem().EngagementId.ShouldBe(second);
    }

    [Fact]
    public async Task an_outcome_is_recorded_once_however_often_it_is_reported()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        var message = await h.EmailAsync(id);
        var now = clock.GetUtcNow().UtcDateTime;

        await h.Outbox.MarkSentAsync(message.Id, now, "250 first");
        await h.Outbox.MarkSentAsync(message.Id, now.AddMinutes(1), "250 second");
        await h.Outbox.MarkFailedAsync(message.Id, "too late", Incident(message, now));
        await h.Outbox.MarkForRetryAsync(message.Id, now.AddHours(1), "too late");

        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.ServerReply.ShouldBe("250 first");
        row.SentAt.ShouldBe(now);
        row.LastError.ShouldBeNull();
        (await h.IncidentsAsync(id)).ShouldBeEmpty();
        (await h.JournalKindsAsync(id)).Count(k => k is JournalEntryKind.EmailSent or JournalEntryKind.EmailFailed).ShouldBe(1);
    }

    [Fact]
    public async Task a_document_keeps_the_date_it_was_first_sent()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        var message = await h.EmailAsync(id);
        var firstSent = clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        await h.QueryAsync(db => db.Documents.Where(d => d.EngagementId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, firstSent)));

        await h.Outbox.MarkSentAsync(message.Id, clock.GetUtcNow().UtcDateTime, null);

        (await h.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.EngagementId == id))).SentAt.ShouldBe(firstSent);
    }

    [Fact]
    public async Task finding_documents_returns_those_that_exist()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), EmailHarness.NewClock(), smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        var message = await h.EmailAsync(id);

        var documents = await h.Outbox.FindDocumentsAsync([.. message.Attachments, Guid.NewGuid()]);

        documents.ShouldHaveSingleItem().Name.ShouldBe("proposal");
        (await h.Outbox.FindDocumentsAsync([])).ShouldBeEmpty();
    }

    private static Incident Incident(OutboxMessage message, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = message.EngagementId,
        Stage = string.Empty,
        StepId = "email:test",
        Message = "refused",
        RaisedAt = now,
        OutboxMessageId = message.Id,
    };
}
