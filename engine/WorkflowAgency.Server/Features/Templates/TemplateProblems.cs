using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Server.Features.Templates;

/// <summary>Template mistakes as a 400: <c>errors</c> per file, and <c>templateErrors</c> with line and column for the editor.</summary>
internal static class TemplateProblems
{
    public static ProblemHttpResult Invalid(string detail, IReadOnlyList<TemplateError> errors)
    {
        var problem = new HttpValidationProblemDetails(errors
            .GroupBy(e => e.Template, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The template has errors",
            Detail = detail,
        };
        problem.Extensions["templateErrors"] = errors;
        return TypedResults.Problem(problem);
    }
}
