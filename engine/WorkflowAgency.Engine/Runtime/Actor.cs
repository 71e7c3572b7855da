namespace WorkflowAgency.Engine.Runtime;

/// <summary>Who is acting: a user with their roles and groups, a client through a link, or the engine itself.</summary>
public sealed record Actor(string Name, IReadOnlySet<string> Groups)
{
    public static Actor System { get; } = new("system", new HashSet<string>());

    public static Actor Client { get; } = new("client", new HashSet<string>());

    public static Actor User(string name, params string[] groups) =>
        new(name, new HashSet<string>(groups, StringComparer.OrdinalIgnoreCase));

    public bool IsAdmin => Groups.Contains("admin");

    /// <summary>Admins and managers may act on any task (reassign, release, complete on someone's behalf).</summary>
    public bool Supervises => IsAdmin || Groups.Contains("manager");

    public bool IsIn(string? group) => group is not null && Groups.Contains(group);
}
