using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements.Handoff;

/// <summary><c>POST /api/engagements</c>: the Sales handoff. Starts an engagement and runs it to its first wait.</summary>
internal static class HandoffEndpoint
{
    public const string DefaultDefinition = "client-engagement";

    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapPost("/", HandleAsync);

    private static async Task<Results<Created<HandoffResponse>, ProblemHttpResult>> HandleAsync(
        HandoffRequest request, ClaimsPrincipal user, UserDirectory users, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var owner = request.Owner is null ? null : await users.FindAsync(request.Owner, cancellationToken);
        var errors = HandoffValidator.Validate(request, owner);
        if (errors.Count > 0)
            return Problems.Invalid("The handoff is incomplete", errors);

        var client = request.Client!;
        var variables = new JsonObject { ["owner_name"] = owner?.DisplayName ?? "" };
        if (request.Notes is not null)
            variables["notes"] = request.Notes;
        if (request.Budget is { } budget)
            variables["budget"] = budget;
        if (request.Currency is not null)
            variables["currency"] = request.Currency;

        var started = await engine.StartAsync(new StartEngagement
        {
            DefinitionId = request.DefinitionId ?? DefaultDefinition,
            Client = new ClientInfo(client.Name!.Trim(), client.Company?.Trim(), client.Email?.Trim(), client.Phone?.Trim()),
            Owner = owner?.UserName,
            Variables = variables,
        }, user.ToActor(), cancellationToken);
        return started.Succeeded
            ? TypedResults.Created($"/api/engagements/{started.Value}", new HandoffResponse(started.Value))
            : Problems.From(started.Error!);
    }
}
