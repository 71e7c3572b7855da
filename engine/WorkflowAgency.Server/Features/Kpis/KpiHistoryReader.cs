using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Features.Kpis.Calculation;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>Loads what the KPIs need from both sets of tables: every engagement started before the period ends, with its records.</summary>
internal sealed class KpiHistoryReader(
    IDbContextFactory<WorkflowDbContext> engineContexts, IDbContextFactory<ServerDbContext> serverContexts, DefinitionCache definitions)
{
    private static readonly JournalEntryKind[] Kinds =
    [
        JournalEntryKind.StageEntered, JournalEntryKind.StageExited, JournalEntryKind.ClientResponded,
        JournalEntryKind.TaskCompleted, JournalEntryKind.TaskCancelled,
    ];

    public async Task<KpiHistory> ReadAsync(DateTime until, CancellationToken cancellationToken)
    {
        List<Engagement> engagements;
        List<JournalEntry> journal;
        List<WorkTask> tasks;
        await using (var db = await engineContexts.CreateDbContextAsync(cancellationToken))
        {
            engagements = await db.Engagements.AsNoTracking().Where(e => e.CreatedAt < until).ToListAsync(cancellationToken);
            // Staff actions after the period still matter: they answer client events near its end.
            journal = await db.Journal.AsNoTracking()
                .Where(j => db.Engagements.Any(e => e.Id == j.EngagementId && e.CreatedAt < until)
                    && (Kinds.Contains(j.Kind) || (j.Actor != null && j.Actor != "client" && j.Actor != "system")))
                .OrderBy(j => j.At).ThenBy(j => j.Id)
                .ToListAsync(cancellationToken);
            tasks = await db.Tasks.AsNoTracking().Where(t => t.CreatedAt < until).ToListAsync(cancellationToken);
        }

        await using var server = await serverContexts.CreateDbContextAsync(cancellationToken);
        var staff = await server.Users.AsNoTracking().Where(u => !u.Disabled).ToListAsync(cancellationToken);
        var stages = new List<string>();
        foreach (var version in engagements.Select(e => (e.DefinitionId, e.DefinitionVersion)).Distinct().Order())
        {
            if (await definitions.GetAsync(version.DefinitionId, version.DefinitionVersion, cancellationToken) is { } definition)
                stages.AddRange(definition.Stages.Keys.Where(s => !stages.Contains(s)));
        }
        return new KpiHistory(
            engagements,
            journal,
            tasks,
            await server.Invoices.AsNoTracking().ToListAsync(cancellationToken),
            await server.Payments.AsNoTracking().ToListAsync(cancellationToken),
            await server.ClientMessages.AsNoTracking().ToListAsync(cancellationToken),
            staff.Where(u => u.Roles.Contains(Roles.Account)).OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => new KpiPerson(u.UserName, u.DisplayName)).ToList(),
            stages);
    }
}
