using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements;

internal static class EngagementViews
{
    public static EngagementSummary Summary(Engagement e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.DefinitionId, e.DefinitionVersion, e.ClientName, e.ClientCompany, e.ClientEmail, e.Owner,
            e.Stage, e.Status, e.Result, e.NextDueAt, e.CreatedAt, e.UpdatedAt);
    }
}
