using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Server.Http;

/// <summary>The engine's expected failures, and the server's own, as <c>ProblemDetails</c> responses.</summary>
internal static class Problems
{
    public static ProblemHttpResult From(EngineError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            ErrorKind.NotFound => NotFound(error.Message),
            ErrorKind.Invalid => Invalid(error.Message, error.Fields ?? new Dictionary<string, string[]>()),
            ErrorKind.Forbidden => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed"),
            ErrorKind.Conflict => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Kind, "unknown error kind"),
        };
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>A 400 whose <c>errors</c> name each field (or JSON Pointer) and what is wrong with it.</summary>
    public static ProblemHttpResult Invalid(string detail, IReadOnlyDictionary<string, string[]> fields) =>
        TypedResults.Problem(new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has errors",
            Detail = detail,
        });

    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(message, new Dictionary<string, string[]> { [field] = [message] });
}
