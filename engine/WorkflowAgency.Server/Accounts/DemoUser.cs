namespace WorkflowAgency.Server.Accounts;

/// <summary>One of the users a fresh installation starts with, so the whole process can be tried at once.</summary>
internal sealed record DemoUser(string UserName, string DisplayName, string[] Roles, string[] Groups)
{
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin", "Ada Admin", [Accounts.Roles.Admin], []),
        new("ops", "Olive Operations", [Accounts.Roles.Operations], []),
        new("account1", "Alex Account", [Accounts.Roles.Account], [Accounts.Roles.Account]),
        new("account2", "Sam Account", [Accounts.Roles.Account], [Accounts.Roles.Account]),
        new("creative", "Chris Creative", [], ["creative"]),
        new("planning", "Pat Planning", [], ["planning"]),
        new("production", "Parker Production", [], ["production"]),
        new("manager", "Morgan Manager", [Accounts.Roles.Manager], []),
    ];
}
