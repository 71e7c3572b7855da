using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Features.Tasks;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary><c>GET /api/engagements/{id}</c>: stage, status, variables, open tasks, waits, documents, emails and incidents.</summary>
internal static class GetEngagementEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", HandleAsync);

    private static async Task<Results<Ok<EngagementDetail>, ProblemHttpResult>> HandleAsync(
        Guid id, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var e = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
            return Problems.NotFound($"engagement {id} does not exist");

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.EngagementId == id && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var waits = await db.Waits.AsNoTracking().Where(w => w.EngagementId == id)
            .Select(w => new WaitView(w.Id, w.Kind, w.Name, w.Stage, w.StepId, w.DueAt, w.CreatedAt))
            .ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => d.EngagementId == id)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Name).ThenBy(d => d.Version)
            .Select(d => new DocumentSummary(d.Id, d.Name, d.Version, d.Template, d.CreatedAt, d.SentAt))
            .ToListAsync(cancellationToken);
        var emails = await db.Outbox.AsNoTracking().Where(o => o.EngagementId == id)
            .OrderBy(o => o.CreatedAt)
            .Select(o => new EmailSummary(o.Id, o.To, o.Subject, o.Template, o.Status, o.Attempts, o.CreatedAt, o.NextAttemptAt, o.SentAt, o.LastError))
            .ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.EngagementId == id)
            .OrderBy(i => i.RaisedAt)
            .Select(i => new IncidentView(i.Id, i.Stage, i.StepId, i.Message, i.RaisedAt, i.ResolvedAt, i.ResolvedBy, i.Attempts, i.OutboxMessageId))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new EngagementDetail(
            EngagementViews.Summary(e), e.StageEnteredAt, e.CompletedAt, e.Variables,
            tasks.Select(t => TaskSummary.From(t, e)).ToList(), waits, documents, emails, incidents));
    }
}
