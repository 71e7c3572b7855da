using MimeKit;

namespace WorkflowAgency.Email.Sending;

/// <summary>
/// Writes each email as <c>&lt;Message-Id&gt;.eml</c> into a folder instead of sending it: the default when no SMTP
/// server is configured, so the product runs anywhere and the emails can be opened in any mail program.
/// </summary>
/// <remarks>
/// A file appears whole or not at all (written beside it, then renamed), so a program watching the folder never
/// reads half a message. Sending the same message again replaces its file.
/// </remarks>
public sealed class PickupFolderEmailSender : IEmailSender
{
    private readonly string _folder;
    private readonly MailboxAddress _from;

    /// <summary>Uses <see cref="EmailOptions.From"/> and <see cref="EmailOptions.PickupFolder"/> (created when missing).</summary>
    public PickupFolderEmailSender(EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.PickupFolder);
        _folder = Path.GetFullPath(options.PickupFolder);
        _from = MessageBuilder.TryParseMailbox(options.From, out var from)
            ? from
            : throw new ArgumentException("From is not a valid email address.", nameof(options));
    }

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!MessageBuilder.TryBuild(email, _from, out var message, out var problem))
            return SendResult.Permanent(problem);

        using (message)
        {
            var name = MessageBuilder.FileName(email.MessageId);
            var path = Path.Combine(_folder, name);
            var partial = Path.Combine(_folder, "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                Directory.CreateDirectory(_folder);
                await message.WriteToAsync(partial, cancellationToken);
                File.Move(partial, path, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return SendResult.Transient($"cannot write to the pickup folder: {exception.Message}");
            }
            finally
            {
                // Gone after the rename; left behind only when writing failed or was cancelled.
                TryDelete(partial);
            }

            return SendResult.Success("written to " + name);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only a stray temporary file is left; the next attempt writes a new one.
        }
    }
}
