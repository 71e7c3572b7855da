using System.Diagnostics.CodeAnalysis;
using System.Text;
using MimeKit;

namespace WorkflowAgency.Email.Sending;

/// <summary>Turns an <see cref="OutgoingEmail"/> into a MIME message: multipart/alternative text and HTML, then attachments.</summary>
/// <remarks>
/// Every header value goes through MimeKit's encoder, and the values that come from data (subject, file names) lose
/// their control characters first, so no value can end its header line and start another (e.g. a <c>Bcc:</c>).
/// </remarks>
internal static class MessageBuilder
{
    // Strict, and no groups or domain-less names: "Bcc: x@evil;" must not parse as a recipient list.
    private static readonly ParserOptions AddressRules = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
        MaxAddressGroupDepth = 0,
    };

    /// <summary>Parses a single address such as the agency's From (a display name is allowed); false when it is not exactly one valid address.</summary>
    public static bool TryParseMailbox(string? address, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(address) || !TryParseRecipients(address, out var list) || list.Count != 1)
            return false;
        mailbox = list[0];
        return true;
    }

    /// <summary>Builds the message, or says why it cannot be sent to anyone (which no retry will change).</summary>
    public static bool TryBuild(OutgoingEmail email, MailboxAddress from, [NotNullWhen(true)] out MimeMessage? message, [NotNullWhen(false)] out string? problem)
    {
        message = null;
        if (!TryParseRecipients(email.To, out var recipients))
        {
            problem = $"'{SingleLine(email.To)}' is not a valid email address or list of addresses";
            return false;
        }

        var body = new BodyBuilder();
        if (!string.IsNullOrEmpty(email.TextBody))
            body.TextBody = email.TextBody;
        if (!string.IsNullOrEmpty(email.HtmlBody))
            body.HtmlBody = email.HtmlBody;
        foreach (var attachment in email.Attachments)
            body.Attachments.Add(SingleLine(attachment.FileName), Encoding.UTF8.GetBytes(attachment.Content), Type(attachment.MediaType));

        message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(recipients);
        message.Subject = SingleLine(email.Subject);
        message.MessageId = email.MessageId.Trim().TrimStart('<').TrimEnd('>');
        message.Body = body.ToMessageBody();
        problem = null;
        return true;
    }

    /// <summary>The name a message is filed under: its Message-Id with anything a file system might mind replaced.</summary>
    public static string FileName(string messageId)
    {
        var name = new StringBuilder(messageId.Length);
        foreach (var c in messageId.Trim().TrimStart('<').TrimEnd('>'))
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' ? c : '_');
        return name.ToString().TrimStart('.') + ".eml";
    }

    private static bool TryParseRecipients(string text, [NotNullWhen(true)] out List<MailboxAddress>? recipients)
    {
        recipients = null;
        if (text.Any(char.IsControl) || !InternetAddressList.TryParse(AddressRules, text, out var parsed) || parsed.Count == 0)
            return false;
        var mailboxes = parsed.OfType<MailboxAddress>().ToList();
        if (mailboxes.Count != parsed.Count || mailboxes.Exists(m => !m.Address.Contains('@', StringComparison.Ordinal)))
            return false;
        recipients = mailboxes;
        return true;
    }

    private static ContentType Type(string mediaType)
    {
        var type = ContentType.Parse(mediaType);
        if (type.IsMimeType("text", "*"))
            type.Charset = "utf-8";
        return type;
    }

    private static string SingleLine(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value)
            line.Append(char.IsControl(c) ? ' ' : c);
        return line.ToString().Trim();
    }
}
