using MimeKit;
using WorkflowAgency.Email.Sending;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.Pickup;

public sealed class PickupFolderTests
{
    [Fact]
    public async Task without_an_smtp_server_the_outbox_writes_each_email_as_a_parseable_eml_file()
    {
        using var folder = new TempFolder();
        var pickup = folder.File("pickup");
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), EmailHarness.NewClock(), o => o.PickupFolder = pickup);
        await h.PublishAsync();
        var id = await h.QueueProposalAsync(note: "by file");

        (await h.Worker.SendDueAsync()).ShouldBe(1);

        var row = await h.EmailAsync(id);
        var file = Directory.GetFiles(pickup).ShouldHaveSingleItem();
        Path.GetFileName(file).ShouldBe(row.MessageId.Trim('<', '>') + ".eml");
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        ("<" + message.MessageId + ">").ShouldBe(row.MessageId);
        message.Subject.ShouldBe("Your proposal from the agency (by file)");
        message.To.Mailboxes.Single().Address.ShouldBe(EmailHarness.ClientAddress);
        message.From.Mailboxes.Single().Address.ShouldBe(EmailHarness.AgencyAddress);
        message.TextBody.ShouldNotBeNull().ShouldContain("Acme Ltd");
        message.HtmlBody.ShouldNotBeNull().ShouldContain("Acme Ltd");
        message.Attachments.OfType<MimePart>().ShouldHaveSingleItem().FileName.ShouldBe("proposal-v1.html");
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.ServerReply.ShouldBe("written to " + Path.GetFileName(file));
    }

    [Fact]
    public async Task sending_the_same_message_again_replaces_its_file_and_leaves_nothing_else_behind()
    {
        using var folder = new TempFolder();
        var sender = new PickupFolderEmailSender(new EmailOptions { From = EmailHarness.AgencyAddress, PickupFolder = folder.File("pickup") });

        (await sender.SendAsync(Senders.Email(subject: "First"))).ShouldBeOfType<Sent>();
        (await sender.SendAsync(Senders.Email(subject: "Second"))).ShouldBeOfType<Sent>();

        var file = Directory.GetFiles(folder.File("pickup")).ShouldHaveSingleItem();
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        message.Subject.ShouldBe("Second");
    }

    [Fact]
    public async Task a_message_id_with_path_characters_cannot_write_outside_the_folder()
    {
        using var folder = new TempFolder();
        var pickup = folder.File("pickup");
        var sender = new PickupFolderEmailSender(new EmailOptions { From = EmailHarness.AgencyAddress, PickupFolder = pickup });

        var result = await sender.SendAsync(Senders.Email() with { MessageId = "<../../escape/x@workflowagency>" });

        result.ShouldBeOfType<Sent>();
        Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).ShouldHaveSingleItem()
            .ShouldStartWith(Path.GetFullPath(pickup) + Path.DirectorySeparatorChar);
    }
}
