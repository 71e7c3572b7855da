using Microsoft.Extensions.Logging;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>
/// The engine's commands: start an engagement, and resume it when something happens (a task completed, the
/// client answered, a timer fell due, a signal arrived). Each command loads one engagement, runs it until
/// every path waits, and commits everything it changed in one transaction guarded by the engagement's revision.
/// </summary>
/// <remarks>Split across files by area: start and cancel, tasks, waits, incidents.</remarks>
public sealed partial class WorkflowEngine(
    IEngagementStore engagements,
    IDefinitionStore definitions,
    DefinitionCache cache,
    TimeProvider time,
    ILogger<WorkflowEngine> logger,
    ITemplateRenderer? templates = null,
    IClientLinkIssuer? links = null,
    IOutboxStore? outbox = null)
{
    private readonly EnginePorts _ports = new(templates, links);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private async Task<(Engagement? Engagement, TransitionContext? Transition, EngineError? Error)> OpenAsync(
        Guid engagementId, Actor actor, CancellationToken cancellationToken)
    {
        var engagement = await engagements.FindEngagementAsync(engagementId, cancellationToken);
        if (engagement is null)
            return (null, null, EngineError.NotFound($"engagement {engagementId} does not exist"));
        var definition = await cache.GetAsync(engagement.DefinitionId, engagement.DefinitionVersion, cancellationToken);
        if (definition is null)
            return (null, null, EngineError.NotFound($"definition {engagement.DefinitionId} v{engagement.DefinitionVersion} does not exist"));
        return (engagement, new TransitionContext(engagement, definition, Now(), actor.Name, isNew: false, _ports), null);
    }

    private async Task<EngineError?> CommitAsync(TransitionContext transition, CancellationToken cancellationToken)
    {
        var engagement = transition.Engagement;
        engagement.Revision = transition.Commit.ExpectedRevision + 1;
        engagement.UpdatedAt = transition.Now;
        var result = await engagements.CommitAsync(transition.Commit, cancellationToken);
        if (result == CommitResult.Conflict)
        {
            Log.Conflict(logger, engagement.Id);
            return EngineError.Conflict($"engagement {engagement.Id} was changed by someone else at the same time; nothing was saved, reload and try again");
        }
        foreach (var incident in transition.Commit.AddedIncidents)
            Log.IncidentRaised(logger, engagement.Id, incident.StepId, incident.Message);
        return null;
    }
}
