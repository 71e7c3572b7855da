using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Engagements.LogClientMessage;

internal sealed record ClientMessageView(long Id, Guid EngagementId, DateTime ReceivedAt, string Channel, string Summary, string LoggedBy, DateTime LoggedAt)
{
    public static ClientMessageView From(ClientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ClientMessageView(message.Id, message.EngagementId, message.ReceivedAt, message.Channel, message.Summary, message.LoggedBy, message.LoggedAt);
    }
}
