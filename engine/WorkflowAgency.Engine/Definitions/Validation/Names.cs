using System.Text.RegularExpressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>The shapes names must have, and how to list names in a message.</summary>
internal static partial class Names
{
    /// <summary>Variables and form fields are read by expressions, so they must be identifiers there.</summary>
    public static bool IsIdentifier(string? name) => name is not null && Identifier().IsMatch(name);

    /// <summary>Definition ids appear in URLs and file names.</summary>
    public static bool IsSlug(string? id) => id is not null && Slug().IsMatch(id);

    public static string List(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>"a, b or c".</summary>
    public static string Or(IReadOnlyList<string> names) =>
        names.Count < 2 ? List(names) : $"{List(names.Take(names.Count - 1))} or {names[^1]}";

    public static string Quoted(IEnumerable<string> names) => string.Join(" → ", names.Select(n => $"'{n}'"));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
