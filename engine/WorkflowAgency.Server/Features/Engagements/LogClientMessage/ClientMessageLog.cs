using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Engagements.LogClientMessage;

/// <summary>Records client messages that arrived outside the client links, for the response-time KPI.</summary>
internal sealed class ClientMessageLog(IDbContextFactory<ServerDbContext> serverContexts, IDbContextFactory<WorkflowDbContext> engineContexts, TimeProvider time)
{
    public const int MaxSummaryLength = 4000;

    public static IReadOnlyList<string> Channels { get; } = ["email", "phone", "meeting", "chat", "other"];

    public async Task<EngineResult<ClientMessageView>> LogAsync(Guid engagementId, ClientMessageRequest request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using (var engineDb = await engineContexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await engineDb.Engagements.AnyAsync(e => e.Id == engagementId, cancellationToken))
                return EngineError.NotFound($"engagement {engagementId} does not exist");
        }

        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        DateTimeOffset receivedAt = default;
        if (string.IsNullOrWhiteSpace(request.ReceivedAt))
            errors["receivedAt"] = ["required"];
        else if (!DateTimeOffset.TryParse(request.ReceivedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out receivedAt) || !HasOffset(request.ReceivedAt))
            errors["receivedAt"] = [$"'{request.ReceivedAt}' is not a date and time with an offset (e.g. 2026-03-02T10:15:00Z)"];
        else if (receivedAt > now.AddMinutes(5))
            errors["receivedAt"] = ["must not be in the future"];
        var channel = request.Channel?.Trim().ToLowerInvariant();
        if (channel is null || !Channels.Contains(channel))
            errors["channel"] = [$"Choose one of: {string.Join(", ", Channels)}"];
        var summary = request.Summary?.Trim();
        if (string.IsNullOrEmpty(summary) || summary.Length > MaxSummaryLength)
            errors["summary"] = [$"Write 1 to {MaxSummaryLength} characters"];
        if (errors.Count > 0)
            return EngineError.Invalid("The client message has errors", errors);

        var message = new ClientMessage
        {
            EngagementId = engagementId,
            ReceivedAt = receivedAt.UtcDateTime,
            Channel = channel!,
            Summary = summary!,
            LoggedBy = by,
            LoggedAt = now.UtcDateTime,
        };
        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        db.ClientMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return EngineResult<ClientMessageView>.Success(ClientMessageView.From(message));
    }

    // DateTimeOffset.TryParse takes a time without an offset as local server time; a log entry must say which it means.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
