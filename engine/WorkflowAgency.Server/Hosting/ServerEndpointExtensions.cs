using WorkflowAgency.Server.Features.Auth;
using WorkflowAgency.Server.Features.ClientLinks;
using WorkflowAgency.Server.Features.Definitions;
using WorkflowAgency.Server.Features.Documents.Get;
using WorkflowAgency.Server.Features.Engagements;
using WorkflowAgency.Server.Features.Health.Check;
using WorkflowAgency.Server.Features.Kpis;
using WorkflowAgency.Server.Features.Payments;
using WorkflowAgency.Server.Features.StepTypes.List;
using WorkflowAgency.Server.Features.Tasks;
using WorkflowAgency.Server.Features.Templates;
using WorkflowAgency.Server.Features.Tokens;
using WorkflowAgency.Server.Features.Users.List;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Every endpoint, by area. Each area's file says who may call it; anything not marked needs a signed-in caller.</summary>
internal static class ServerEndpointExtensions
{
    public static WebApplication MapWorkflowAgencyEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealth();
        app.MapAuth();
        app.MapTokens();
        app.MapUsers();
        app.MapDefinitions();
        app.MapStepTypes();
        app.MapEngagements();
        app.MapTasks();
        app.MapDocuments();
        app.MapTemplates();
        app.MapClientLinks();
        app.MapPayments();
        app.MapKpis();
        app.MapOpenApi().AllowAnonymous();
        app.MapSpaFallback();
        return app;
    }
}
