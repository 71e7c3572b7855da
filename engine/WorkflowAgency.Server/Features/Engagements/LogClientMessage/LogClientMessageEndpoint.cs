using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements.LogClientMessage;

/// <summary>
/// <c>POST /api/engagements/{id}/client-messages {receivedAt, channel, summary}</c>: a call or email from the client,
/// logged by staff so the response time to the client counts it.
/// </summary>
internal static class LogClientMessageEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/client-messages", HandleAsync);

    private static async Task<Results<Created<ClientMessageView>, ProblemHttpResult>> HandleAsync(
        Guid id, ClientMessageRequest request, ClaimsPrincipal user, ClientMessageLog log, CancellationToken cancellationToken)
    {
        var logged = await log.LogAsync(id, request, user.UserName(), cancellationToken);
        return logged.Succeeded
            ? TypedResults.Created($"/api/engagements/{id}/client-messages/{logged.Value!.Id}", logged.Value)
            : Problems.From(logged.Error!);
    }
}
