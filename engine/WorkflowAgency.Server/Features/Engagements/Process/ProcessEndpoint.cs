using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Definitions.Reading;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>
/// <c>GET /api/engagements/{id}/process</c>: the stages, transitions and layout of the version the engagement runs,
/// so account staff can see the map of their engagement without the design rights the definitions API needs.
/// </summary>
internal static class ProcessEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/process", HandleAsync);

    private static async Task<Results<Ok<ProcessView>, ProblemHttpResult>> HandleAsync(
        Guid id, IDbContextFactory<WorkflowDbContext> contexts, IDefinitionStore store, CancellationToken cancellationToken)
    {
        string definitionId;
        int version;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var engagement = await db.Engagements.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new { e.DefinitionId, e.DefinitionVersion }).SingleOrDefaultAsync(cancellationToken);
            if (engagement is null)
                return Problems.NotFound($"engagement {id} does not exist");
            (definitionId, version) = (engagement.DefinitionId, engagement.DefinitionVersion);
        }

        var published = await store.FindVersionAsync(definitionId, version, cancellationToken);
        // Published JSON was validated with this reader when it was published; not reading now is a bug, not input.
        var document = (published is null ? null : DefinitionReader.Read(published.Json).Document)
            ?? throw new InvalidOperationException($"engagement {id} runs '{definitionId}' version {version}, which cannot be read");
        return TypedResults.Ok(new ProcessView(
            definitionId, version, published!.Name, document.Start,
            (document.Stages ?? []).Select(Stage).ToList(),
            (document.Transitions ?? []).Select(t => new ProcessTransitionView(t.From ?? "", t.On ?? "", t.To, t.Finish)).ToList(),
            document.Layout));
    }

    private static ProcessStageView Stage(StageDocument stage) =>
        new(stage.Id ?? "", stage.Name ?? stage.Id ?? "", stage.Description, stage.Start,
            (stage.Steps ?? []).Select(s => new ProcessStepView(s.Id ?? "", s.Type ?? "", s.Name)).ToList());
}
