using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Definitions.Retract;

/// <summary><c>POST /api/definitions/{id}/retract</c>: no new engagement starts on that version; running ones carry on.</summary>
internal static class RetractEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id}/retract", HandleAsync);

    private static async Task<Results<Ok<RetractResponse>, ProblemHttpResult>> HandleAsync(
        string id, RetractRequest? request, ClaimsPrincipal user, DefinitionService definitions, IDefinitionStore store, CancellationToken cancellationToken)
    {
        var version = request?.Version ?? (await store.FindLatestPublishedAsync(id, cancellationToken))?.Version;
        if (version is null)
            return Problems.NotFound($"definition '{id}' has no live version to retract");
        var retracted = await definitions.RetractAsync(id, version.Value, user.ToActor(), cancellationToken);
        return retracted.Succeeded ? TypedResults.Ok(new RetractResponse(id, version.Value, true)) : Problems.From(retracted.Error!);
    }
}
