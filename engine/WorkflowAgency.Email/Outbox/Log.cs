using Microsoft.Extensions.Logging;

namespace WorkflowAgency.Email.Outbox;

/// <summary>The outbox worker's log messages: ids and reasons only, never addresses' passwords or message bodies.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Sent {Count} email(s) from the outbox")]
    public static partial void Sent(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Email {OutboxId} not sent on attempt {Attempt}, retrying at {NextAttemptAt:o}: {Reason}")]
    public static partial void WillRetry(ILogger logger, Guid outboxId, int attempt, DateTime nextAttemptAt, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Email {OutboxId} given up after {Attempts} attempt(s); incident {IncidentId} raised on engagement {EngagementId}: {Reason}")]
    public static partial void GaveUp(ILogger logger, Guid outboxId, int attempts, Guid incidentId, Guid engagementId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Sending email {OutboxId} failed unexpectedly")]
    public static partial void SendCrashed(ILogger logger, Exception exception, Guid outboxId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "The outbox worker's pass failed; it tries again at the next poll")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
