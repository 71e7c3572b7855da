using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Accounts;

namespace WorkflowAgency.Server.Features.Tokens.List;

/// <summary><c>GET /api/tokens</c>: every token, revoked ones included, without secrets.</summary>
internal static class ListTokensEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", HandleAsync);

    private static async Task<Ok<List<TokenSummary>>> HandleAsync(ApiTokenService tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok((await tokens.ListAsync(cancellationToken)).Select(TokenSummary.From).ToList());
}
