namespace WorkflowAgency.Server.Accounts;

/// <summary>Claim types the server puts in its principals besides the standard name and role.</summary>
internal static class ClaimNames
{
    public const string Group = "group";
    public const string DisplayName = "display_name";
}
