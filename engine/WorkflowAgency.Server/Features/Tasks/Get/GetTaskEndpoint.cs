using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Features.Engagements;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Get;

/// <summary><c>GET /api/tasks/{id}</c>: the task with its form, taken from the version of the process its engagement runs.</summary>
internal static class GetTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", HandleAsync);

    private static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts, IDbContextFactory<ServerDbContext> serverContexts,
        DefinitionCache definitions, CancellationToken cancellationToken)
    {
        WorkTask? task;
        Engagement? engagement;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (task is null)
                return Problems.NotFound($"task {id} does not exist");
            engagement = await db.Engagements.AsNoTracking().SingleAsync(e => e.Id == task.EngagementId, cancellationToken);
        }

        var definition = await definitions.GetAsync(engagement.DefinitionId, engagement.DefinitionVersion, cancellationToken);
        var step = definition?.FindStep(task.Stage, task.StepId) as HumanTaskStep;
        var form = step?.Form.Fields ?? [];
        var outcomes = step is null ? []
            : step.Outcomes.Count == 0 ? [new OutcomeView(HumanTaskStep.DefaultOutcome, "Done")]
            : step.Outcomes.Select(o => new OutcomeView(o.Name, o.Label)).ToList();

        List<CommentView> comments;
        await using (var db = await serverContexts.CreateDbContextAsync(cancellationToken))
        {
            comments = (await db.TaskComments.AsNoTracking().Where(c => c.TaskId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(CommentView.From).ToList();
        }

        return TypedResults.Ok(new TaskDetail(
            TaskSummary.From(task, engagement),
            new EngagementState(engagement.Id, engagement.Stage, engagement.Status),
            form,
            outcomes,
            Prefill(form, engagement.Variables),
            task.Data,
            comments,
            task.Status == WorkTaskStatus.Open && WorkflowEngine.MayWork(task, user.ToActor())));
    }

    /// <summary>Each field's current value in the engagement (so a second round starts from the first), else its default.</summary>
    private static JsonObject Prefill(IReadOnlyList<FormField> fields, JsonObject variables)
    {
        var values = new JsonObject();
        foreach (var field in fields)
            values[field.Name] = (variables[field.Name] ?? field.Default)?.DeepClone();
        return values;
    }
}
