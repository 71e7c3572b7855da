using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>Renders an email and writes it to the outbox of the transition being built.</summary>
internal static class EmailQueue
{
    /// <summary>Returns null when queued, otherwise why not.</summary>
    public static string? Queue(TransitionContext transition, string template, string? to, string? subject, IReadOnlyList<string> attach, string? stepId)
    {
        if (transition.Templates is null)
            return "no template renderer is configured";

        var scope = transition.Scope();
        var recipient = string.IsNullOrWhiteSpace(to) ? scope["client"]?["email"]?.GetValue<string>() : to;
        if (string.IsNullOrWhiteSpace(recipient))
            return $"email '{template}' has no recipient (no 'to' and the client has no email)";
        // Header values come from data people typed; a CR or LF would let them add headers.
        recipient = SingleLine(recipient);
        // Recipients are never cut: a shortened list would leave people out or break an address without anyone noticing.
        if (recipient.Length > TextLimits.Recipients)
            return $"the recipients ('to') come to {recipient.Length} characters, more than the {TextLimits.Recipients} an email may have; send to fewer addresses, then retry";

        var rendered = transition.Templates.Render(template, scope);
        if (!rendered.Succeeded)
            return string.Join("; ", rendered.Errors);

        var attachments = new List<Guid>();
        foreach (var name in attach)
        {
            if (scope["documents"]?[name]?["id"]?.GetValue<string>() is not { } documentId)
                return $"document '{name}' to attach has not been rendered in this engagement";
            attachments.Add(Guid.Parse(documentId));
        }

        var id = transition.NewId();
        var message = new OutboxMessage
        {
            Id = id,
            EngagementId = transition.Engagement.Id,
            MessageId = $"<{id:N}@workflowagency>",
            To = recipient,
            // The subject is cut rather than failing the step: the client still gets the email, and no mail program
            // shows a subject anywhere near RFC 5322's 998 characters in full anyway.
            Subject = TextLimits.Shorten(SingleLine(subject ?? rendered.Value!.Subject ?? template), TextLimits.HeaderLine),
            HtmlBody = rendered.Value!.Html,
            TextBody = rendered.Value.Text,
            Template = template,
            Attachments = attachments,
            Status = OutboxStatus.Pending,
            CreatedAt = transition.Now,
            NextAttemptAt = transition.Now,
        };
        transition.Commit.Outbox.Add(message);
        transition.Journal(JournalEntryKind.EmailQueued, stepId, data: new JsonObject
        {
            ["template"] = template,
            ["to"] = message.To,
            ["messageId"] = message.MessageId,
        });
        return null;
    }

    private static string SingleLine(string value) =>
        value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
