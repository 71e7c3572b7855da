using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Definitions.GetVersion;

/// <summary><c>GET /api/definitions/{id}/versions/{version}</c>: one published version, retracted or not.</summary>
internal static class GetVersionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id}/versions/{version:int}", HandleAsync);

    private static async Task<Results<Ok<VersionDetail>, ProblemHttpResult>> HandleAsync(
        string id, int version, IDefinitionStore store, CancellationToken cancellationToken)
    {
        var published = await store.FindVersionAsync(id, version, cancellationToken);
        return published is null
            ? Problems.NotFound($"definition '{id}' has no version {version}")
            : TypedResults.Ok(VersionDetail.From(published));
    }
}
