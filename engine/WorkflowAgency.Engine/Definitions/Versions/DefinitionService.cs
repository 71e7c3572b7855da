using WorkflowAgency.Engine.Definitions.Validation;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Versions;

/// <summary>
/// The life of a definition: save a draft (any state, problems reported), publish it as an immutable version
/// (only when it has no problems), retract a version so no new engagement starts on it.
/// </summary>
public sealed class DefinitionService(IDefinitionStore store, DefinitionChecker checker, TimeProvider time)
{
    /// <summary>Checks a definition without saving it.</summary>
    public DefinitionCheckResult Validate(string json) => checker.Check(json);

    /// <summary>Saves the draft even when it has problems (work in progress); they come back with it.</summary>
    public async Task<EngineResult<DraftSaved>> SaveDraftAsync(string json, int? expectedRevision, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = checker.Check(json);
        // A draft may have problems, but its id and name are stored in columns of their own and must fit them;
        // the problems returned say which (at /id or /name).
        if (check.Document?.Id is not { Length: > 0 } id || !Names.IsSlug(id) || id.Length > TextLimits.Key
            || check.Document.Name?.Length > TextLimits.Name)
            return EngineError.Invalid(
                $"A draft needs readable JSON with a valid 'id' (at most {TextLimits.Key} characters) and a 'name' of at most {TextLimits.Name} characters to be saved",
                ProblemFields(check.Problems));

        var existing = await store.FindDraftAsync(id, cancellationToken);
        var draft = new DefinitionDraft
        {
            DefinitionId = id,
            Name = check.Document.Name ?? id,
            Json = json,
            UpdatedAt = time.GetUtcNow().UtcDateTime,
            UpdatedBy = actor.Name,
            Revision = (existing?.Revision ?? 0) + 1,
        };
        var result = await store.SaveDraftAsync(draft, expectedRevision ?? existing?.Revision, cancellationToken);
        return result == CommitResult.Conflict
            ? EngineError.Conflict($"the draft of '{id}' was saved by someone else meanwhile; reload it before saving")
            : EngineResult<DraftSaved>.Success(new DraftSaved(id, draft.Revision, check.Problems));
    }

    /// <summary>Publishes the current draft as the next version, refusing if it has any problem.</summary>
    public async Task<EngineResult<PublishedDefinition>> PublishAsync(string definitionId, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (note?.Length > TextLimits.Note)
            return EngineError.Invalid($"The note is {note.Length} characters long", new Dictionary<string, string[]> { ["note"] = [$"Use at most {TextLimits.Note} characters"] });
        var draft = await store.FindDraftAsync(definitionId, cancellationToken);
        if (draft is null)
            return EngineError.NotFound($"definition '{definitionId}' has no draft to publish");
        var check = checker.Check(draft.Json);
        if (check.Problems.Count > 0)
            return EngineError.Invalid($"'{definitionId}' has {check.Problems.Count} problem(s) and cannot be published", ProblemFields(check.Problems));

        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count > 0 && versions[0].Json == draft.Json && versions[0].RetractedAt is null)
            return EngineResult<PublishedDefinition>.Success(versions[0]);

        var version = new PublishedDefinition
        {
            DefinitionId = definitionId,
            Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
            Name = draft.Name,
            Json = draft.Json,
            PublishedAt = time.GetUtcNow().UtcDateTime,
            PublishedBy = actor.Name,
            Note = note,
        };
        var result = await store.AddVersionAsync(version, cancellationToken);
        return result == CommitResult.Conflict
            ? EngineError.Conflict($"version {version.Version} of '{definitionId}' was published by someone else meanwhile")
            : EngineResult<PublishedDefinition>.Success(version);
    }

    /// <summary>Saves and publishes in one go (seeding shipped definitions); publishing unchanged JSON is a no-op.</summary>
    public async Task<EngineResult<PublishedDefinition>> SaveAndPublishAsync(string json, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        var saved = await SaveDraftAsync(json, null, actor, cancellationToken);
        if (!saved.Succeeded)
            return saved.Error!;
        return await PublishAsync(saved.Value!.DefinitionId, note, actor, cancellationToken);
    }

    /// <summary>Stops new engagements starting on a version; engagements already on it carry on.</summary>
    public async Task<EngineResult<bool>> RetractAsync(string definitionId, int version, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var published = await store.FindVersionAsync(definitionId, version, cancellationToken);
        if (published is null)
            return EngineError.NotFound($"definition '{definitionId}' has no version {version}");
        if (published.RetractedAt is not null)
            return EngineError.Conflict($"version {version} of '{definitionId}' is already retracted");
        var result = await store.RetractVersionAsync(definitionId, version, time.GetUtcNow().UtcDateTime, actor.Name, cancellationToken);
        return result == CommitResult.Conflict
            ? EngineError.Conflict($"version {version} of '{definitionId}' changed meanwhile")
            : EngineResult<bool>.Success(true);
    }

    /// <summary>Problems keyed by JSON Pointer, the shape HTTP validation errors take.</summary>
    private static Dictionary<string, string[]> ProblemFields(IReadOnlyList<DefinitionProblem> problems) =>
        problems.GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
