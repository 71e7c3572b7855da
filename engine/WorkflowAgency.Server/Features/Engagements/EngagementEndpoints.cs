using WorkflowAgency.Server.Features.Engagements.Cancel;
using WorkflowAgency.Server.Features.Engagements.Get;
using WorkflowAgency.Server.Features.Engagements.Handoff;
using WorkflowAgency.Server.Features.Engagements.Journal;
using WorkflowAgency.Server.Features.Engagements.List;
using WorkflowAgency.Server.Features.Engagements.LogClientMessage;
using WorkflowAgency.Server.Features.Engagements.Process;
using WorkflowAgency.Server.Features.Engagements.RetryIncident;
using WorkflowAgency.Server.Features.Engagements.Signal;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements;

/// <summary><c>/api/engagements</c>: the Sales handoff, the engagement lists and what can be done to one.</summary>
internal static class EngagementEndpoints
{
    public static IEndpointRouteBuilder MapEngagements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/engagements").WithTags("Engagements");
        HandoffEndpoint.Map(group).RequireAuthorization(Policies.Handoff);
        SignalEndpoint.Map(group).RequireAuthorization(Policies.Handoff);
        ListEngagementsEndpoint.Map(group).RequireAuthorization(Policies.Engagements);
        GetEngagementEndpoint.Map(group).RequireAuthorization(Policies.Engagements);
        JournalEndpoint.Map(group).RequireAuthorization(Policies.Engagements);
        ProcessEndpoint.Map(group).RequireAuthorization(Policies.Engagements);
        CancelEndpoint.Map(group).RequireAuthorization(Policies.Supervise);
        RetryIncidentEndpoint.Map(group).RequireAuthorization(Policies.Incidents);
        LogClientMessageEndpoint.Map(group).RequireAuthorization(Policies.Payments);
        return routes;
    }
}
