using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Definitions.Validate;

/// <summary>
/// <c>POST /api/definitions/validate</c> with definition JSON as the body: checks it without saving. Problems
/// in the definition are the answer (200), not an error; only an unreadable request is a 400.
/// </summary>
internal static class ValidateEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/validate", HandleAsync).Accepts<object>("application/json");

    private static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var json = await RequestText.ReadAsync(request, cancellationToken);
        if (json is null)
            return Problems.Invalid("", $"The definition is larger than {RequestText.MaxLength} characters");
        var check = definitions.Validate(json);
        return TypedResults.Ok(new ValidationResponse(check.IsValid, check.Problems));
    }
}
