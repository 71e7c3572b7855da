using WorkflowAgency.Email.Sending;
using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.Email.Tests.Smtp;

public sealed class HeaderInjectionTests
{
    [Fact]
    public async Task a_subject_with_a_line_break_and_a_bcc_header_stays_one_subject_and_adds_no_recipient()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email(subject: "Your proposal\r\nBcc: x@evil.test"));

        result.ShouldBeOfType<Sent>();
        var received = smtp.Received.ShouldHaveSingleItem();
        received.EnvelopeTo.ShouldBe([EmailHarness.ClientAddress]);
        received.Message.Headers.Contains("Bcc").ShouldBeFalse();
        received.Message.Bcc.ShouldBeEmpty();
        received.Message.Subject.ShouldBe("Your proposal  Bcc: x@evil.test");
        received.Raw.Split("\r\n").ShouldNotContain(line => line.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task an_attachment_name_with_a_line_break_cannot_add_a_header()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var attachment = new EmailAttachment("proposal\r\nBcc: x@evil.test\r\n.html", "text/html", "<p>doc</p>");

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email(attachments: attachment));

        result.ShouldBeOfType<Sent>();
        var received = smtp.Received.ShouldHaveSingleItem();
        received.Raw.Split("\r\n").ShouldNotContain(line => line.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase));
        received.Message.Attachments.ShouldHaveSingleItem();
        received.EnvelopeTo.ShouldBe([EmailHarness.ClientAddress]);
    }

    [Theory]
    [InlineData("ada@example.com\r\nBcc: x@evil.test")]
    [InlineData("Bcc: x@evil.test;")]
    [InlineData("not an address")]
    [InlineData("ada")]
    public async Task a_recipient_that_is_not_a_plain_address_list_is_refused_for_good_without_connecting(string to)
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email(to: to));

        result.ShouldBeOfType<PermanentFailure>().Reason.ShouldContain("not a valid email address");
        smtp.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_list_of_recipients_reaches_each_of_them()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();

        var result = await Senders.Smtp(smtp).SendAsync(Senders.Email(to: "ada@example.com, \"Charles B\" <charles@example.com>"));

        result.ShouldBeOfType<Sent>();
        smtp.Received.ShouldHaveSingleItem().EnvelopeTo.ShouldBe(["ada@example.com", "charles@example.com"]);
    }
}
