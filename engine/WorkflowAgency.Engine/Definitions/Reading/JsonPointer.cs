using System.Globalization;
using System.Text;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>Builds RFC 6901 JSON Pointers such as <c>/stages/2/steps/0/due</c> or <c>/variables/a~1b</c>.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>The pointer to the member <paramref name="name"/> of the object at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, string name) => $"{pointer}/{Escape(name)}";

    /// <summary>The pointer to item <paramref name="index"/> of the array at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{pointer}/{index}");

    /// <summary>
    /// Converts a System.Text.Json path (<c>$.stages[2].steps[0].due</c>, <c>$.variables['a.b']</c>)
    /// to a JSON Pointer (<c>/stages/2/steps/0/due</c>, <c>/variables/a.b</c>).
    /// </summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "";

        var pointer = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            string token;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                token = path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                // System.Text.Json quotes names holding '.', '[' or spaces without escaping their quotes,
                // so the name runs to the first "']".
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                token = path[(i + 2)..end];
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                token = path[(i + 1)..end];
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                break;
            }

            pointer.Append('/').Append(Escape(token));
        }

        return pointer.ToString();
    }

    /// <summary>The pointer one level up, or null for the whole document.</summary>
    public static string? Parent(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
            return null;
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }
}
