using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Links;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>
/// Reads a client link's token and finds what it is for. The engine forgets a wait once it is answered, so each
/// link the server shows is also recorded in <see cref="ClientLinkRecord"/>, with the answer once given: that is
/// how an answered link can show the client what they said instead of a dead end.
/// </summary>
internal sealed class ClientLinkResolver(
    SignedLinks links,
    IEngagementStore engagements,
    DefinitionCache definitions,
    IDbContextFactory<ServerDbContext> contexts,
    TimeProvider time)
{
    public async Task<ClientLink> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reading = links.Read(token, now);
        var waitId = reading.WaitId;
        if (reading.Validity != LinkValidity.Valid)
            return new ClientLink(reading.Validity == LinkValidity.Expired ? ClientLinkStatus.Expired : ClientLinkStatus.Tampered, waitId);

        var wait = await engagements.FindWaitAsync(waitId, cancellationToken);
        if (wait is { Kind: WaitKind.ClientResponse })
        {
            var (engagement, step) = await FindStepAsync(wait.EngagementId, wait.Stage, wait.StepId, cancellationToken);
            if (engagement is null || step is null)
                return new ClientLink(ClientLinkStatus.Closed, waitId);
            await RememberAsync(wait, step, now, cancellationToken);
            return new ClientLink(ClientLinkStatus.Open, waitId, engagement, step);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ClientLinks.AsNoTracking().SingleOrDefaultAsync(r => r.WaitId == waitId, cancellationToken);
        if (record is null)
            return new ClientLink(ClientLinkStatus.Closed, waitId);
        var (answeredIn, answeredStep) = await FindStepAsync(record.EngagementId, record.Stage, record.StepId, cancellationToken);
        var answer = record.Response is not null
            ? new ClientAnswer(record.Response, JsonNode.Parse(record.Data ?? "{}") as JsonObject ?? [], record.AnsweredAt!.Value)
            : FromVariables(answeredIn, record);
        return answer is null
            ? new ClientLink(ClientLinkStatus.Closed, waitId, answeredIn, answeredStep)
            : new ClientLink(ClientLinkStatus.Answered, waitId, answeredIn, answeredStep, answer);
    }

    /// <summary>Keeps the answer given through this server, so the link can show it later.</summary>
    public async Task RecordAnswerAsync(Guid waitId, string response, JsonObject data, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ClientLinks.SingleOrDefaultAsync(r => r.WaitId == waitId, cancellationToken);
        if (record is null)
            return;
        record.Response = response;
        record.Data = data.ToJsonString();
        record.AnsweredAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(Engagement? Engagement, WaitForClientStep? Step)> FindStepAsync(Guid engagementId, string stage, string stepId, CancellationToken cancellationToken)
    {
        var engagement = await engagements.FindEngagementAsync(engagementId, cancellationToken);
        if (engagement is null)
            return (null, null);
        var definition = await definitions.GetAsync(engagement.DefinitionId, engagement.DefinitionVersion, cancellationToken);
        return (engagement, definition?.FindStep(stage, stepId) as WaitForClientStep);
    }

    private async Task RememberAsync(Wait wait, WaitForClientStep step, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ClientLinks.AnyAsync(r => r.WaitId == wait.Id, cancellationToken))
            return;
        db.ClientLinks.Add(new ClientLinkRecord
        {
            WaitId = wait.Id,
            EngagementId = wait.EngagementId,
            Stage = wait.Stage,
            StepId = wait.StepId,
            Purpose = step.Purpose,
            WaitCreatedAt = wait.CreatedAt,
            FirstSeenAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same link opened twice at once: the other request recorded it.
        }
    }

    /// <summary>
    /// An answer that did not come through this server's page (or whose recording was lost): the engine stores it
    /// under the wait's purpose. Only an answer given after this wait began belongs to this link, not an earlier round's.
    /// </summary>
    private static ClientAnswer? FromVariables(Engagement? engagement, ClientLinkRecord record)
    {
        if (engagement?.Variables[record.Purpose] is not JsonObject stored
            || stored["response"]?.GetValue<string>() is not { } response
            || !DateTime.TryParse(stored["at"]?.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
            || at < record.WaitCreatedAt)
            return null;
        return new ClientAnswer(response, stored["data"] as JsonObject ?? [], at.ToUniversalTime());
    }
}
