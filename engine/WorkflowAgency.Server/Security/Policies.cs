using Microsoft.AspNetCore.Authorization;
using WorkflowAgency.Server.Accounts;

namespace WorkflowAgency.Server.Security;

/// <summary>Who may call what. Everything else needs a signed-in user or token (the fallback policy).</summary>
internal static class Policies
{
    /// <summary>Any member of staff: has a role other than integration, or a team group.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Design and publish processes and templates.</summary>
    public const string Design = nameof(Design);

    /// <summary>Read processes and templates (managers review them).</summary>
    public const string ReadDesign = nameof(ReadDesign);

    /// <summary>See engagements, their journals and documents' lists.</summary>
    public const string Engagements = nameof(Engagements);

    /// <summary>Start engagements (the Sales handoff) and deliver signals such as a payment.</summary>
    public const string Handoff = nameof(Handoff);

    /// <summary>Cancel engagements.</summary>
    public const string Supervise = nameof(Supervise);

    /// <summary>Retry incidents after fixing their cause.</summary>
    public const string Incidents = nameof(Incidents);

    /// <summary>Record and read invoices and payments, log client messages: account staff, managers, admins, and integrations' API tokens.</summary>
    public const string Payments = nameof(Payments);

    /// <summary>Read the KPIs: managers and admins for everyone, account staff for themselves.</summary>
    public const string Kpis = nameof(Kpis);

    /// <summary>Manage API tokens.</summary>
    public const string Admin = nameof(Admin);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.RolesOf().Any(r => r != Roles.Integration) || c.User.GroupsOf().Count > 0));
        options.AddPolicy(Design, p => p.RequireRole(Roles.Admin, Roles.Operations));
        options.AddPolicy(ReadDesign, p => p.RequireRole(Roles.Admin, Roles.Operations, Roles.Manager));
        options.AddPolicy(Engagements, p => p.RequireRole(Roles.Admin, Roles.Operations, Roles.Account, Roles.Manager));
        options.AddPolicy(Handoff, p => p.RequireRole(Roles.Admin, Roles.Account, Roles.Manager, Roles.Integration));
        options.AddPolicy(Supervise, p => p.RequireRole(Roles.Admin, Roles.Manager));
        options.AddPolicy(Incidents, p => p.RequireRole(Roles.Admin, Roles.Operations, Roles.Manager));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Payments, p => p.RequireRole(Roles.Admin, Roles.Account, Roles.Manager, Roles.Integration));
        options.AddPolicy(Kpis, p => p.RequireRole(Roles.Admin, Roles.Account, Roles.Manager));
    }
}
