using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Outbox;

/// <summary>The incident raised on an engagement when one of its emails cannot be sent.</summary>
internal static class EmailIncidents
{
    /// <summary>
    /// An incident that names the recipient and the reason, and points at the message so that retrying it sends the
    /// message again. It belongs to no token: the engagement went on when the email was queued.
    /// </summary>
    public static Incident For(OutboxMessage message, string reason, DateTime now)
    {
        var stepId = "email:" + (message.Template ?? "(no template)");
        return new Incident
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
            EngagementId = message.EngagementId,
            TokenId = Guid.Empty,
            Stage = string.Empty,
            // Step ids are short keys; a long template path is cut rather than refused by the database.
            StepId = TextLimits.Shorten(stepId, TextLimits.Key),
            Message = $"The email \"{message.Subject}\" to {message.To} could not be sent: {reason}",
            RaisedAt = now,
            OutboxMessageId = message.Id,
        };
    }
}
