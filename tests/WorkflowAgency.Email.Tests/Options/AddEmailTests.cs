using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Email.Outbox;
using WorkflowAgency.Email.Sending;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Email.Tests.Options;

public sealed class AddEmailTests
{
    [Fact]
    public void with_an_smtp_host_emails_go_through_smtp()
    {
        using var folder = new TempFolder();
        using var services = Services(folder, o => o.Smtp.Host = "smtp.agency.test");

        services.GetRequiredService<IEmailSender>().ShouldBeOfType<SmtpEmailSender>();
        services.GetRequiredService<OutboxWorker>().ShouldNotBeNull();
    }

    [Fact]
    public void without_an_smtp_host_emails_go_to_the_pickup_folder()
    {
        using var folder = new TempFolder();
        using var services = Services(folder, o => o.PickupFolder = folder.File("pickup"));

        services.GetRequiredService<IEmailSender>().ShouldBeOfType<PickupFolderEmailSender>();
    }

    [Fact]
    public void every_problem_with_the_options_is_reported_at_once()
    {
        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddEmail(o =>
        {
            o.From = "not an address";
            o.Smtp.Host = "smtp.agency.test";
            o.Smtp.Port = 0;
            o.Smtp.UserName = "agency";
            o.MaxAttempts = 0;
        }));

        error.Message.ShouldContain("From 'not an address' is not a valid email address.");
        error.Message.ShouldContain("Smtp.Port must be between 1 and 65535");
        error.Message.ShouldContain("Smtp.UserName and Smtp.Password go together");
        error.Message.ShouldContain("MaxAttempts must be at least 1.");
    }

    [Fact]
    public void a_from_address_is_required()
    {
        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddEmail(o => o.PickupFolder = "mail"));

        error.Message.ShouldContain("From is required.");
    }

    [Fact]
    public void either_an_smtp_host_or_a_pickup_folder_is_required()
    {
        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddEmail(o => o.From = EmailHarness.AgencyAddress));

        error.Message.ShouldContain("Either Smtp.Host or PickupFolder is required.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(65535)]
    public void any_port_from_1_to_65535_is_accepted(int port)
    {
        var options = new EmailOptions { From = EmailHarness.AgencyAddress, Smtp = { Host = "smtp.agency.test", Port = port } };

        options.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void a_display_name_in_the_from_address_is_accepted()
    {
        var options = new EmailOptions { From = "\"The Agency\" <hello@agency.test>", PickupFolder = "mail" };

        options.Validate().ShouldBeEmpty();
    }

    private static ServiceProvider Services(TempFolder folder, Action<EmailOptions> configure) =>
        new ServiceCollection()
            .AddLogging()
            .AddPersistence(o => o.UseSqliteFile(folder.File("engine.db")))
            .AddEmail(o =>
            {
                o.From = EmailHarness.AgencyAddress;
                configure(o);
            })
            .BuildServiceProvider();
}
