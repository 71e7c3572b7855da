using Microsoft.EntityFrameworkCore;
using MimeKit;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Smtp;

public sealed class DeliveryTests
{
    [Fact]
    public async Task a_queued_email_arrives_with_its_recipient_subject_message_id_both_parts_and_the_document()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), EmailHarness.NewClock(), smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync(note: "fee agreed");
        var row = await h.EmailAsync(id);

        (await h.Worker.SendDueAsync()).ShouldBe(1);

        var received = smtp.Received.ShouldHaveSingleItem();
        received.EnvelopeTo.ShouldBe([EmailHarness.ClientAddress]);
        var message = received.Message;
        message.To.Mailboxes.Single().Address.ShouldBe(EmailHarness.ClientAddress);
        message.From.Mailboxes.Single().Address.ShouldBe(EmailHarness.AgencyAddress);
        message.From.Mailboxes.Single().Name.ShouldBe("The Agency");
        message.Subject.ShouldBe("Your proposal from the agency (fee agreed)");
        ("<" + message.MessageId + ">").ShouldBe(row.MessageId);
        message.TextBody.ShouldNotBeNull().ShouldContain("Please find attached our proposal for Acme Ltd.");
        message.HtmlBody.ShouldNotBeNull().ShouldContain("<p>Please find attached our proposal for Acme Ltd.</p>");
        message.Body.ShouldBeOfType<Multipart>().ContentType.MimeType.ShouldBe("multipart/mixed");
        message.BodyParts.OfType<TextPart>().Count(p => !p.IsAttachment).ShouldBe(2);

        var attachment = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("proposal-v1.html");
        attachment.ContentType.MimeType.ShouldBe("text/html");
        ((TextPart)attachment).Text.ShouldContain("<h1>Proposal for Acme Ltd</h1>");
    }

    [Fact]
    public async Task a_sent_email_records_the_server_reply_marks_its_document_sent_and_is_journalled()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        clock.Advance(TimeSpan.FromSeconds(5));

        await h.Worker.SendDueAsync();

        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.SentAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        row.ServerReply.ShouldBe("2.0.0 Ok: queued as Q1");
        row.Attempts.ShouldBe(1);
        var document = await h.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.EngagementId == id));
        document.SentAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        var kinds = await h.JournalKindsAsync(id);
        kinds.Count(k => k == JournalEntryKind.EmailSent).ShouldBe(1);
        kinds.IndexOf(JournalEntryKind.EmailSent).ShouldBeGreaterThan(kinds.IndexOf(JournalEntryKind.EmailQueued));
    }

    [Fact]
    public async Task an_email_is_not_sent_again_once_it_was_sent()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        await h.QueueProposalAsync();

        (await h.Worker.SendDueAsync()).ShouldBe(1);
        clock.Advance(TimeSpan.FromDays(1));
        (await h.Worker.SendDueAsync()).ShouldBe(0);

        smtp.Received.Count.ShouldBe(1);
    }
}
