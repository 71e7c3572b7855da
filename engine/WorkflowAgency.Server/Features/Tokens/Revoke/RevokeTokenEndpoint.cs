using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Tokens.Revoke;

/// <summary><c>DELETE /api/tokens/{id}</c>: the token stops working at once.</summary>
internal static class RevokeTokenEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/{id:guid}", HandleAsync);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid id, ApiTokenService tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound($"there is no live token {id}");
}
