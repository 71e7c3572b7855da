using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tokens.Create;

/// <summary><c>POST /api/tokens</c>: issues a token; the response is the only place its secret appears.</summary>
internal static partial class CreateTokenEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", HandleAsync);

    private static async Task<Results<Created<CreatedToken>, ProblemHttpResult>> HandleAsync(
        CreateTokenRequest request, ClaimsPrincipal user, ApiTokenService tokens, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Name is null || !Slug().IsMatch(request.Name))
            errors["name"] = ["Use 1–50 lower-case letters, digits and dashes, e.g. crm"];
        var roles = request.Roles is { Count: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToList() : [Roles.Integration];
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            errors["roles"] = [$"'{unknown}' is not a role; use {string.Join(", ", Roles.All)}"];
        if (errors.Count > 0)
            return Problems.Invalid("The token request has errors", errors);

        var (token, secret) = await tokens.CreateAsync(request.Name!, roles, user.UserName(), cancellationToken);
        return TypedResults.Created($"/api/tokens/{token.Id}", new CreatedToken(token.Id, token.Name, token.Roles, secret));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex Slug();
}
