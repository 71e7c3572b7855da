using WorkflowAgency.Email.Sending;
using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.Email.Tests.Smtp;

/// <summary>Retry or give up, decided by what the real server says (or that it says nothing).</summary>
public sealed class ReplyClassificationTests
{
    [Fact]
    public async Task the_server_reply_to_the_data_is_returned_when_it_accepts()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email());

        result.ShouldBeOfType<Sent>().ServerReply.ShouldBe("2.0.0 Ok: queued as Q1");
    }

    [Fact]
    public async Task a_451_to_the_data_is_worth_retrying()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Defer;

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email());

        var failure = result.ShouldBeOfType<TransientFailure>();
        failure.Reason.ShouldContain("451");
        failure.Reason.ShouldContain("try again later");
    }

    [Fact]
    public async Task a_550_to_the_data_is_final()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.Reject;

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email());

        var failure = result.ShouldBeOfType<PermanentFailure>();
        failure.Reason.ShouldContain("550");
        failure.Reason.ShouldContain("refused by policy");
    }

    [Fact]
    public async Task a_550_to_the_recipient_is_final_and_names_the_recipient()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Answer = SmtpAnswer.RejectRecipient;

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email());

        var failure = result.ShouldBeOfType<PermanentFailure>();
        failure.Reason.ShouldContain("550");
        failure.Reason.ShouldContain(EmailHarness.ClientAddress);
    }

    [Fact]
    public async Task a_server_that_is_down_is_worth_retrying()
    {
        await using var smtp = TestSmtpServer.Create();

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email());

        result.ShouldBeOfType<TransientFailure>().Reason.ShouldContain("cannot reach the SMTP server");
    }
}
