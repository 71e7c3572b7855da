using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Features.Health.Check;

/// <summary><c>GET /health</c>: for load balancers and monitors; open to all and says nothing secret.</summary>
internal static class CheckHealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", HandleAsync).AllowAnonymous().WithTags("Health");
        return routes;
    }

    // A query on a pooled connection: load balancers probe every few seconds on every node, and EF's CanConnect
    // opens a fresh unpooled SQLite handle (the file, its schema) each time.
    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> HandleAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return TypedResults.Ok(new HealthResponse("healthy"));
        }
        catch (DbException)
        {
            return TypedResults.Problem("The database cannot be reached.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unhealthy");
        }
    }
}
