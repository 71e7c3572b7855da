namespace WorkflowAgency.Server.Storage;

/// <summary>A member of staff who signs in: their roles decide what they may do, their groups which tasks they see.</summary>
internal sealed class StaffUser
{
    public int Id { get; set; }

    /// <summary>Lower-case; the name tasks are assigned to and the journal records.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public string? Email { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash, with its format marker, so the hasher can upgrade it later.</summary>
    public required string PasswordHash { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Groups { get; set; } = [];

    public bool Disabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
