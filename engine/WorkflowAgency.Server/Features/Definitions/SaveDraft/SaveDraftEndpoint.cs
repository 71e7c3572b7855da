using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Definitions.SaveDraft;

/// <summary>
/// <c>PUT /api/definitions/{id}/draft</c> with the definition JSON as the body. A draft with problems is saved
/// (work in progress) and its problems come back with JSON Pointer paths. <c>?revision=n</c> (the revision the
/// editor loaded) turns a concurrent save by someone else into a 409 instead of a silent overwrite.
/// </summary>
internal static class SaveDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/{id}/draft", HandleAsync).Accepts<object>("application/json");

    private static async Task<Results<Ok<DraftSavedResponse>, ProblemHttpResult>> HandleAsync(
        string id, int? revision, HttpRequest request, ClaimsPrincipal user, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var json = await RequestText.ReadAsync(request, cancellationToken);
        if (json is null)
            return Problems.Invalid("", $"The definition is larger than {RequestText.MaxLength} characters");
        var documentId = definitions.Validate(json).Document?.Id;
        if (documentId is not null && documentId != id)
            return Problems.Invalid("/id", $"The definition's id '{documentId}' does not match '{id}' in the address");

        var saved = await definitions.SaveDraftAsync(json, revision, user.ToActor(), cancellationToken);
        if (!saved.Succeeded)
            return Problems.From(saved.Error!);
        var draft = saved.Value!;
        return TypedResults.Ok(new DraftSavedResponse(draft.DefinitionId, draft.Revision, draft.Problems.Count == 0, draft.Problems));
    }
}
