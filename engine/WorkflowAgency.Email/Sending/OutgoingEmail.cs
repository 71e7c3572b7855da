using System.Globalization;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Sending;

/// <summary>An email ready to send, independent of any mail library.</summary>
/// <param name="MessageId">The RFC 5322 Message-Id (with or without angle brackets); stable, so a resend is recognisable.</param>
/// <param name="To">One address or a comma-separated list.</param>
/// <param name="Subject">The subject as written; line breaks in it are never taken as the end of the header.</param>
/// <param name="HtmlBody">The HTML part; may be empty when there is only text.</param>
/// <param name="TextBody">The plain-text part; may be empty when there is only HTML.</param>
/// <param name="Attachments">Files to attach, in order.</param>
public sealed record OutgoingEmail(
    string MessageId,
    string To,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment> Attachments)
{
    /// <summary>The media type stored documents are attached as.</summary>
    public const string DocumentMediaType = "text/html";

    /// <summary>
    /// The email an outbox row describes, with <paramref name="documents"/> (its <see cref="OutboxMessage.Attachments"/>)
    /// attached as <c>&lt;name&gt;-v&lt;version&gt;.html</c>, in the order the row lists them.
    /// </summary>
    /// <exception cref="ArgumentException">A document the row lists is not among <paramref name="documents"/>.</exception>
    public static OutgoingEmail FromOutbox(OutboxMessage message, IReadOnlyCollection<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(documents);

        var byId = documents.ToDictionary(d => d.Id);
        var attachments = message.Attachments
            .Select(id => byId.TryGetValue(id, out var document)
                ? Attach(document)
                : throw new ArgumentException($"Document {id} attached to email {message.Id} was not supplied.", nameof(documents)))
            .ToList();
        return new OutgoingEmail(message.MessageId, message.To, message.Subject, message.HtmlBody, message.TextBody, attachments);
    }

    private static EmailAttachment Attach(StoredDocument document) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{document.Name}-v{document.Version}.html"), DocumentMediaType, document.Html);
}
