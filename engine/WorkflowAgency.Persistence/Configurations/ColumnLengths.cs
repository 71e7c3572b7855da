namespace WorkflowAgency.Persistence.Configurations;

/// <summary>Maximum lengths of short text columns.</summary>
/// <remarks>SQLite ignores them; they become <c>varchar(n)</c> on PostgreSQL and keep indexes compact.</remarks>
internal static class ColumnLengths
{
    /// <summary>Definition, stage, step ids and outcome names: slugs written by people.</summary>
    public const int Key = 100;

    /// <summary>An enum stored by name.</summary>
    public const int Enum = 32;

    /// <summary>A user or group name (user names may be e-mail addresses).</summary>
    public const int User = 256;

    /// <summary>A person's or a company's name, a document name.</summary>
    public const int Name = 200;

    /// <summary>RFC 5321 caps an address at 320 characters.</summary>
    public const int Email = 320;

    /// <summary>Recipient lists of an email.</summary>
    public const int Recipients = 2000;

    public const int Title = 500;

    public const int TemplatePath = 300;

    /// <summary>A hash in hex or base64.</summary>
    public const int Hash = 128;

    /// <summary>RFC 5322 caps a header line at 998 characters.</summary>
    public const int HeaderLine = 998;
}
