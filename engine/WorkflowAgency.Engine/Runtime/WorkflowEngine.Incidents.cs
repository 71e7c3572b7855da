using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>Runs a failed step again (after the template, data or definition was fixed).</summary>
    public async Task<EngineResult<bool>> RetryIncidentAsync(Guid incidentId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var incident = await engagements.FindIncidentAsync(incidentId, cancellationToken);
        if (incident is null)
            return EngineError.NotFound($"incident {incidentId} does not exist");
        if (incident.ResolvedAt is not null)
            return EngineError.Conflict($"incident {incidentId} was already resolved by {incident.ResolvedBy}");
        if (incident.OutboxMessageId is not null)
            return await RetryEmailAsync(incident, actor, cancellationToken);

        var (engagement, transition, error) = await OpenAsync(incident.EngagementId, actor, cancellationToken);
        if (error is not null)
            return error;

        incident.ResolvedAt = transition!.Now;
        incident.ResolvedBy = actor.Name;
        transition.Commit.UpdatedIncidents.Add(incident);
        transition.Journal(JournalEntryKind.IncidentResolved, incident.StepId, data: new JsonObject { ["incident"] = incident.Id.ToString() });

        var token = engagement!.Execution.Tokens.Find(t => t.Id == incident.TokenId && t.Status == TokenStatus.Faulted);
        if (token is not null)
        {
            token.Status = TokenStatus.Ready;
            token.IncidentId = null;
            Executor.Run(transition);
            foreach (var again in transition.Commit.AddedIncidents)
                again.Attempts = incident.Attempts + 1;
        }
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }

    /// <summary>
    /// Corrects engagement data by hand (e.g. the missing value an incident complains about), journalled with who
    /// did it. The engine's own <c>engagement</c> entry cannot be overwritten.
    /// </summary>
    public async Task<EngineResult<bool>> UpdateVariablesAsync(Guid engagementId, JsonObject changes, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(actor);
        if (changes.ContainsKey("engagement"))
            return EngineError.Invalid("'engagement' is maintained by the engine", new Dictionary<string, string[]> { ["engagement"] = ["read-only"] });
        var (engagement, transition, error) = await OpenAsync(engagementId, actor, cancellationToken);
        if (error is not null)
            return error;
        if (engagement!.Status is EngagementStatus.Completed or EngagementStatus.Cancelled)
            return EngineError.Conflict($"engagement {engagementId} is {engagement.Status.ToString().ToLowerInvariant()}");
        transition!.SetVariables(changes, null);
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }

    /// <summary>An email the server refused for good: once the address or server is fixed, send it again.</summary>
    private async Task<EngineResult<bool>> RetryEmailAsync(Incident incident, Actor actor, CancellationToken cancellationToken)
    {
        if (outbox is null)
            return EngineError.Conflict("email incidents cannot be retried: no outbox is configured");
        var now = Now();
        incident.ResolvedAt = now;
        incident.ResolvedBy = actor.Name;
        var entry = new JournalEntry
        {
            EngagementId = incident.EngagementId,
            At = now,
            Kind = JournalEntryKind.IncidentResolved,
            Stage = incident.Stage,
            StepId = incident.StepId,
            Actor = actor.Name,
            Data = new JsonObject { ["incident"] = incident.Id.ToString(), ["email"] = incident.OutboxMessageId.ToString() },
        };
        await outbox.RequeueAsync(incident, entry, now, cancellationToken);
        return EngineResult<bool>.Success(true);
    }
}
