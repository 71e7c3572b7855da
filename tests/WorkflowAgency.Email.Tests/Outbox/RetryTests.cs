using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class RetryTests
{
    [Fact]
    public async Task while_the_mail_server_is_down_an_email_is_retried_with_growing_waits_and_sent_once_when_it_is_back()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        var start = clock.GetUtcNow().UtcDateTime;

        (await h.Worker.SendDueAsync()).ShouldBe(0);
        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Pending);
        row.Attempts.ShouldBe(1);
        row.LastError.ShouldNotBeNull().ShouldContain("cannot reach the SMTP server");
        // 30 s after the first failure, less at most 10 % jitter.
        row.NextAttemptAt.ShouldBeInRange(start.AddSeconds(27), start.AddSeconds(30));

        // Not due yet: polling again changes nothing.
        (await h.Worker.SendDueAsync()).ShouldBe(0);
        (await h.EmailAsync(id)).Attempts.ShouldBe(1);

        clock.Advance(TimeSpan.FromSeconds(30));
        (await h.Worker.SendDueAsync()).ShouldBe(0);
        row = await h.EmailAsync(id);
        row.Attempts.ShouldBe(2);
        var secondFailure = clock.GetUtcNow().UtcDateTime;
        row.NextAttemptAt.ShouldBeInRange(secondFailure.AddSeconds(54), secondFailure.AddSeconds(60));

        await smtp.StartAsync();
        clock.Advance(TimeSpan.FromSeconds(60));
        (await h.Worker.SendDueAsync()).ShouldBe(1);
        clock.Advance(TimeSpan.FromHours(2));
        (await h.Worker.SendDueAsync()).ShouldBe(0);

        smtp.Received.ShouldHaveSingleItem();
        row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.Attempts.ShouldBe(3);
        (await h.JournalKindsAsync(id)).Count(k => k == JournalEntryKind.EmailSent).ShouldBe(1);
    }

    [Fact]
    public async Task a_server_that_went_down_after_accepting_mail_is_retried_when_it_comes_back_on_the_same_port()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        await h.QueueProposalAsync(client: "First Ltd");
        (await h.Worker.SendDueAsync()).ShouldBe(1);

        await smtp.StopAsync();
        var second = await h.QueueProposalAsync(client: "Second Ltd");
        (await h.Worker.SendDueAsync()).ShouldBe(0);
        await smtp.StartAsync();
        clock.Advance(TimeSpan.FromSeconds(30));
        (await h.Worker.SendDueAsync()).ShouldBe(1);

        smtp.Received.Count.ShouldBe(2);
        (await h.EmailAsync(second)).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task a_451_is_retried_and_the_email_goes_out_once_the_server_accepts()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Defer;
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();

        (await h.Worker.SendDueAsync()).ShouldBe(0);
        (await h.EmailAsync(id)).LastError.ShouldNotBeNull().ShouldContain("451");

        smtp.Answer = SmtpAnswer.Accept;
        clock.Advance(TimeSpan.FromSeconds(30));
        (await h.Worker.SendDueAsync()).ShouldBe(1);

        smtp.Received.ShouldHaveSingleItem();
        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.LastError.ShouldNotBeNull().ShouldContain("451");
        (await h.IncidentsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task an_email_still_failing_after_the_last_attempt_is_given_up_with_an_incident()
    {
        using var folder = new TempFolder();
        await using var smtp = TestSmtpServer.Create();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp, o => o.MaxAttempts = 3);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await h.Worker.SendDueAsync()).ShouldBe(0);
            clock.Advance(TimeSpan.FromHours(1));
        }
        (await h.Worker.SendDueAsync()).ShouldBe(0);

        var row = await h.EmailAsync(id);
        row.Status.ShouldBe(OutboxStatus.Failed);
        row.Attempts.ShouldBe(3);
        var incident = (await h.IncidentsAsync(id)).ShouldHaveSingleItem();
        incident.OutboxMessageId.ShouldBe(row.Id);
        incident.Message.ShouldContain(EmailHarness.ClientAddress);
        incident.Message.ShouldContain("still failing after 3 attempts");
        incident.Message.ShouldContain("cannot reach the SMTP server");
    }

    [Fact]
    public async Task a_message_someone_is_sending_is_not_claimed_again_until_its_lease_runs_out()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync();
        var now = clock.GetUtcNow().UtcDateTime;

        // A worker claims it and dies before recording anything.
        (await h.Outbox.ClaimDueAsync(now, now.AddMinutes(2), 10)).ShouldHaveSingleItem();

        (await h.Worker.SendDueAsync()).ShouldBe(0);
        clock.Advance(TimeSpan.FromMinutes(2));
        (await h.Worker.SendDueAsync()).ShouldBe(1);

        smtp.Received.ShouldHaveSingleItem();
        var row = await h.EmailAsync(id);
        row.Attempts.ShouldBe(2);
        (await h.QueryAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending))).ShouldBe(0);
    }
}
