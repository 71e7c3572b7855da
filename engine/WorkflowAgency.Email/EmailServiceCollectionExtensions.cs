using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowAgency.Email.Outbox;
using WorkflowAgency.Email.Sending;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Email;

/// <summary>Registers the MailKit adapter: the email sender and the outbox worker.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEmailSender"/> (<see cref="SmtpEmailSender"/> when <see cref="SmtpOptions.Host"/> is set,
    /// otherwise <see cref="PickupFolderEmailSender"/>), the validated <see cref="EmailOptions"/> and
    /// <see cref="OutboxWorker"/>, all singletons. The worker also needs an <see cref="IOutboxStore"/> (Persistence
    /// registers one); the host runs <see cref="OutboxWorker.RunAsync"/> with <see cref="EmailOptions.PollInterval"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable; the message lists every problem.</exception>
    public static IServiceCollection AddEmail(this IServiceCollection services, Action<EmailOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new EmailOptions();
        configure(options);
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new ArgumentException("Invalid email options: " + string.Join(" ", problems), nameof(configure));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        if (options.UsesSmtp)
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        services.AddSingleton<OutboxWorker>();
        return services;
    }
}
