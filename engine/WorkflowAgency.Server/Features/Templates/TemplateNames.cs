using System.Text.RegularExpressions;

namespace WorkflowAgency.Server.Features.Templates;

/// <summary>
/// Template names as the API accepts them: lower-case slugs separated by <c>/</c> (<c>emails/welcome</c>).
/// Stricter than the renderer's own rules on purpose: a name from a URL must never reach outside the templates folder.
/// </summary>
internal static partial class TemplateNames
{
    public const string HtmlExtension = ".sbn-html";
    public const string TextExtension = ".sbn-txt";

    public static bool IsValid(string? name) => name is { Length: <= 200 } && Pattern().IsMatch(name);

    public static string Rule => "Use lower-case letters, digits, '-' and '_' in folder/name form, e.g. emails/welcome";

    /// <summary>The file of a valid name's part, checked once more to be inside <paramref name="root"/>.</summary>
    public static string PathOf(string root, string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!IsValid(name))
            throw new ArgumentException(Rule, nameof(name));
        var path = Path.GetFullPath(Path.Combine(root, name + extension));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("the name resolves outside the templates folder", nameof(name));
        return path;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$")]
    private static partial Regex Pattern();
}
