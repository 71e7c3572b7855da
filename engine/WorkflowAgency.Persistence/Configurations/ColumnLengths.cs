using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

/// <summary>Maximum lengths of short text columns.</summary>
/// <remarks>
/// SQLite ignores them; they become <c>varchar(n)</c> on PostgreSQL and keep indexes compact. Those holding values
/// from definitions, requests or renders are the engine's <see cref="TextLimits"/>, which is what the engine checks
/// values against before a commit, so no provider ever sees a value too long for its column.
/// </remarks>
internal static class ColumnLengths
{
    /// <summary>Definition, stage, step ids and outcome names: slugs written by people.</summary>
    public const int Key = TextLimits.Key;

    /// <summary>An enum stored by name.</summary>
    public const int Enum = 32;

    /// <summary>A user or group name (user names may be e-mail addresses).</summary>
    public const int User = TextLimits.User;

    /// <summary>A person's or a company's name, a document name.</summary>
    public const int Name = TextLimits.Name;

    /// <summary>RFC 5321 caps an address at 320 characters.</summary>
    public const int Email = TextLimits.Email;

    /// <summary>Recipient lists of an email.</summary>
    public const int Recipients = TextLimits.Recipients;

    public const int Title = TextLimits.Title;

    public const int Note = TextLimits.Note;

    public const int TemplatePath = TextLimits.TemplatePath;

    /// <summary>A hash in hex or base64.</summary>
    public const int Hash = 128;

    /// <summary>RFC 5322 caps a header line at 998 characters.</summary>
    public const int HeaderLine = TextLimits.HeaderLine;
}
