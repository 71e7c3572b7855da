using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Definitions.Publish;

/// <summary>
/// <c>POST /api/definitions/{id}/publish</c>: the draft becomes the next immutable version, unless it has
/// problems (400, keyed by JSON Pointer). Publishing an unchanged draft returns the version it already is.
/// </summary>
internal static class PublishEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id}/publish", HandleAsync);

    private static async Task<Results<Ok<VersionSummary>, ProblemHttpResult>> HandleAsync(
        string id, PublishRequest? request, ClaimsPrincipal user, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var published = await definitions.PublishAsync(id, request?.Note, user.ToActor(), cancellationToken);
        return published.Succeeded ? TypedResults.Ok(VersionSummary.From(published.Value!)) : Problems.From(published.Error!);
    }
}
