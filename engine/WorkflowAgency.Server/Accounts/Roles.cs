namespace WorkflowAgency.Server.Accounts;

/// <summary>What a person may do (roles) and which team's tasks they see (groups).</summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Operations = "operations";
    public const string Account = "account";
    public const string Manager = "manager";

    /// <summary>Held by API tokens for systems such as the CRM; never by a person.</summary>
    public const string Integration = "integration";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Admin, Operations, Account, Manager, Integration };

    /// <summary>Task groups. <c>account</c> is also a role: the account team's unassigned tasks go to the group.</summary>
    public static IReadOnlySet<string> Groups { get; } = new HashSet<string>(StringComparer.Ordinal) { Account, "creative", "planning", "production" };
}
