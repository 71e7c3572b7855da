using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class PermanentFailureTests
{
    [Fact]
    public async Task a_550_fails_the_email_at_once_with_an_incident_on_its_engagement_and_no_further_attempts()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.RejectRecipient;
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();

        (await h.Worker.SendDueAsync()).ShouldBe(0);
        smtp.Answer = SmtpAnswer.Accept;
        clock.Advance(TimeSpan.FromDays(1));
        (await h.Worker.SendDueAsync()).ShouldBe(0);

        smtp.Received.ShouldBeEmpty();
        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Failed);
        row.Attempts.ShouldBe(1);
        row.LastError.ShouldNotBeNull().ShouldContain("550");
        var incident = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();
        incident.OutboxMessageId.ShouldBe(row.Id);
        incident.StepId.ShouldBe("email:emails/proposal-sent");
        incident.Stage.ShouldBe(string.Empty);
        incident.TokenId.ShouldBe(Guid.Empty);
        incident.ResolvedAt.ShouldBeNull();
        incident.Message.ShouldContain(EmailHarness.ClientAddress);
        incident.Message.ShouldContain("550");
        (await h.JournalKindsAsync(id)).ShouldContain(JournalEntryKind.EmailFailed);
    }

    [Fact]
    public async Task retrying_the_incident_after_the_cause_is_fixed_sends_the_same_message_once()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Reject;
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        await h.Worker.SendDueAsync();
        var incident = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();

        smtp.Answer = SmtpAnswer.Accept;
        clock.Advance(TimeSpan.FromMinutes(10));
        (await h.Engine.RetryIncidentAsync(incident.Id, EmailHarness.Operations)).Error.ShouldBeNull();
        (await h.Worker.SendDueAsync()).ShouldBe(1);
        (await h.Worker.SendDueAsync()).ShouldBe(0);

        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.Attempts.ShouldBe(1);
        row.LastError.ShouldNotBeNull().ShouldContain("550");
        ("<" + smtp.Received.ShouldHaveSingleItem().Message.MessageId + ">").ShouldBe(row.MessageId);
        var resolved = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();
        resolved.ResolvedBy.ShouldBe("ops1");
        resolved.ResolvedAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        var kinds = await h.JournalKindsAsync(id);
        kinds.IndexOf(JournalEntryKind.IncidentResolved).ShouldBeGreaterThan(kinds.IndexOf(JournalEntryKind.EmailFailed));
        kinds.IndexOf(JournalEntryKind.EmailSent).ShouldBeGreaterThan(kinds.IndexOf(JournalEntryKind.IncidentResolved));
    }

    [Fact]
    public async Task an_email_incident_can_be_retried_only_once()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Reject;
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), EmailHarness.NewClock(), smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        await h.Worker.SendDueAsync();
        var incident = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();

        (await h.Engine.RetryIncidentAsync(incident.Id, EmailHarness.Operations)).Error.ShouldBeNull();
        (await h.Engine.RetryIncidentAsync(incident.Id, EmailHarness.Operations)).Error!.Kind.ShouldBe(ErrorKind.Conflict);

        (await h.QueryAsync(db => db.Journal.CountAsync(j => j.EngagementId == id && j.Kind == JournalEntryKind.IncidentResolved))).ShouldBe(1);
    }

    [Fact]
    public async Task an_email_refused_again_after_a_retry_raises_a_new_incident()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Reject;
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), EmailHarness.NewClock(), smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        await h.Worker.SendDueAsync();
        var first = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();

        (await h.Engine.RetryIncidentAsync(first.Id, EmailHarness.Operations)).Error.ShouldBeNull();
        await h.Worker.SendDueAsync();

        var incidents = await h.IncidentsAsync(id);
        incidents.Count.ShouldBe(2);
        incidents.Single(i => i.Id != first.Id).ResolvedAt.ShouldBeNull();
        (await h.EmailAsync(id)).Status.ShouldBe(OutboxStatus.Failed);
    }
}
