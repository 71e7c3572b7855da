namespace WorkflowAgency.Server.Features.Users.List;

internal sealed record UserSummary(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups);
