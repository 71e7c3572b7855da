using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Stores;

/// <summary><see cref="IDefinitionStore"/> over EF Core: a short-lived pooled context per call, untracked reads.</summary>
internal sealed class EfDefinitionStore(IDbContextFactory<WorkflowDbContext> contexts, IDatabaseProvider provider)
    : IDefinitionStore
{
    // Compiled queries are per store, not static: EF refuses to run one against a model other than the one it was
    // compiled for, and one process may hold stores over SQLite and over PostgreSQL.
    private readonly Func<WorkflowDbContext, string, int, CancellationToken, Task<PublishedDefinition?>> _versionByKey =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, int version, CancellationToken _) =>
            db.DefinitionVersions.AsNoTracking().FirstOrDefault(v => v.DefinitionId == definitionId && v.Version == version));

    // Every start asks for it, so it skips EF's per-call query-cache look-up too.
    private readonly Func<WorkflowDbContext, string, CancellationToken, Task<PublishedDefinition?>> _latestPublished =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.DefinitionVersions.AsNoTracking()
                .Where(v => v.DefinitionId == definitionId && v.RetractedAt == null)
                .OrderByDescending(v => v.Version)
                .FirstOrDefault());

    // Starts only need the number; the definition itself comes from the engine's cache of compiled versions.
    private readonly Func<WorkflowDbContext, string, CancellationToken, Task<int?>> _latestPublishedVersion =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.DefinitionVersions
                .Where(v => v.DefinitionId == definitionId && v.RetractedAt == null)
                .OrderByDescending(v => v.Version)
                .Select(v => (int?)v.Version)
                .FirstOrDefault());

    public async Task<DefinitionDraft?> FindDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DefinitionDrafts.AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId, cancellationToken);
    }

    /// <remarks>
    /// A null <paramref name="expectedRevision"/> creates the draft at revision 1 (conflict if one exists);
    /// otherwise the row must still have <paramref name="expectedRevision"/> and moves to the next one.
    /// The new revision is written back to <paramref name="draft"/>.
    /// </remarks>
    public async Task<CommitResult> SaveDraftAsync(
        DefinitionDraft draft,
        int? expectedRevision,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var readRevision = draft.Revision;
        var entry = db.Entry(draft);
        if (expectedRevision is { } expected)
        {
            entry.State = EntityState.Modified;
            var revision = entry.Property(d => d.Revision);
            revision.OriginalValue = expected;
            revision.CurrentValue = expected + 1;
        }
        else
        {
            draft.Revision = 1;
            entry.State = EntityState.Added;
        }

        var result = await SaveAsync(db, cancellationToken);
        if (result == CommitResult.Conflict)
        {
            draft.Revision = readRevision;
        }

        return result;
    }

    public async Task<PublishedDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await _versionByKey(db, definitionId, version, cancellationToken);
    }

    public async Task<PublishedDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await _latestPublished(db, definitionId, cancellationToken);
    }

    public async Task<int?> FindLatestPublishedVersionAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await _latestPublishedVersion(db, definitionId, cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == definitionId)
            .OrderByDescending(v => v.Version)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DefinitionDrafts.Select(d => d.DefinitionId)
            .Union(db.DefinitionVersions.Select(v => v.DefinitionId))
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
    }

    public async Task<CommitResult> AddVersionAsync(PublishedDefinition version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DefinitionVersions.Add(version);
        return await SaveAsync(db, cancellationToken);
    }

    /// <remarks>
    /// Conflict when the version does not exist or is already retracted: the first retraction stands, and its
    /// time and author are not overwritten.
    /// </remarks>
    public async Task<CommitResult> RetractVersionAsync(
        string definitionId,
        int version,
        DateTime retractedAt,
        string? retractedBy,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DefinitionVersions
            .Where(v => v.DefinitionId == definitionId && v.Version == version && v.RetractedAt == null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(v => v.RetractedAt, retractedAt)
                    .SetProperty(v => v.RetractedBy, retractedBy),
                cancellationToken);
        return rows == 1 ? CommitResult.Committed : CommitResult.Conflict;
    }

    private async Task<CommitResult> SaveAsync(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommitResult.Committed;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommitResult.Conflict;
        }
        catch (DbUpdateException exception) when (provider.IsUniqueViolation(exception))
        {
            return CommitResult.Conflict;
        }
    }
}
