namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>Types of form fields and declared variables.</summary>
public static class FieldTypes
{
    public const string Text = "text";
    public const string Multiline = "multiline";
    public const string Number = "number";
    public const string Integer = "integer";
    public const string Money = "money";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Boolean = "boolean";
    public const string Email = "email";
    public const string Url = "url";
    public const string Phone = "phone";
    public const string Choice = "choice";
    public const string MultiChoice = "multichoice";

    /// <summary>A 0–10 score, as in a satisfaction (NPS) survey.</summary>
    public const string Rating = "rating";

    /// <summary>Structured data (variables only; a form cannot edit it).</summary>
    public const string Object = "object";

    public const string List = "list";

    public static IReadOnlySet<string> Form { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, Multiline, Number, Integer, Money, Date, DateTime, Boolean, Email, Url, Phone, Choice, MultiChoice, Rating,
    };

    public static IReadOnlySet<string> Variable { get; } = new HashSet<string>(Form, StringComparer.Ordinal) { Object, List };
}
