using Microsoft.Extensions.Logging;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>The engine's log messages (source-generated: no formatting cost when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Engagement {EngagementId} changed concurrently; the transition was not saved")]
    public static partial void Conflict(ILogger logger, Guid engagementId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Incident on engagement {EngagementId} at step {StepId}: {Message}")]
    public static partial void IncidentRaised(ILogger logger, Guid engagementId, string stepId, string message);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Firing wait {WaitId} failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, Guid waitId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Fired {Count} due waits")]
    public static partial void TimersFired(ILogger logger, int count);
}
