using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Server.Features.Definitions.GetVersion;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Definitions.Get;

/// <summary><c>GET /api/definitions/{id}</c>: draft (with its problems), latest live version, and every version.</summary>
internal static class GetDefinitionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id}", HandleAsync);

    private static async Task<Results<Ok<DefinitionDetail>, ProblemHttpResult>> HandleAsync(
        string id, IDefinitionStore store, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var draft = await store.FindDraftAsync(id, cancellationToken);
        var versions = await store.ListVersionsAsync(id, cancellationToken);
        if (draft is null && versions.Count == 0)
            return Problems.NotFound($"there is no definition '{id}'");

        var draftView = draft is null ? null : new DraftView(
            draft.Revision, draft.UpdatedAt, draft.UpdatedBy, DefinitionJson.Parse(draft.Json), definitions.Validate(draft.Json).Problems);
        var live = versions.Where(v => v.RetractedAt is null).MaxBy(v => v.Version);
        return TypedResults.Ok(new DefinitionDetail(
            id, draftView, live is null ? null : VersionDetail.From(live), versions.Select(VersionSummary.From).ToList()));
    }
}
