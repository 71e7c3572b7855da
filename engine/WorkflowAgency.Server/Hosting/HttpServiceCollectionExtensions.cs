using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Hosting;

/// <summary>JSON, <c>ProblemDetails</c> for every error, and the OpenAPI document.</summary>
internal static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddServerHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Unreadable bodies become exceptions the handler above turns into a 400 that says what was wrong,
        // in every environment (by default only Development throws; elsewhere the 400 has no body).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        return services;
    }
}
