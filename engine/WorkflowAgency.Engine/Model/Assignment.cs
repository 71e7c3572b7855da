namespace WorkflowAgency.Engine.Model;

/// <summary>Who a task goes to: one user, or a role/group whose members can claim it.</summary>
public sealed record Assignment(string? User, string? Group)
{
    /// <summary>
    /// Reads <c>role:manager</c>, <c>group:creative</c>, <c>user:account1</c> or a bare user name.
    /// Blank means "nobody in particular" and is left to the caller's fallback.
    /// </summary>
    public static Assignment? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.StartsWith("role:", StringComparison.OrdinalIgnoreCase))
            return new(null, value[5..].Trim());
        if (value.StartsWith("group:", StringComparison.OrdinalIgnoreCase))
            return new(null, value[6..].Trim());
        if (value.StartsWith("user:", StringComparison.OrdinalIgnoreCase))
            return new(value[5..].Trim(), null);
        return new(value, null);
    }
}
