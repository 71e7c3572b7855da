using System.Text;
using System.Text.Json;
using WorkflowAgency.Engine.Definitions.Reading;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Translates FluentValidation property paths (<c>Stages[1].Steps[3].Form.Fields[0].Type</c>) into JSON Pointers
/// (<c>/stages/1/steps/3/form/fields/0/type</c>). Dictionary keys travel as quoted indexers (<see cref="Key"/>) so
/// that names holding dots, brackets or slashes survive the trip.
/// </summary>
internal static class ValidationPath
{
    /// <summary>An indexer for a dictionary key, appended to a property path: <c>Variables['a.b']</c>.</summary>
    public static string Key(string key) => $"['{key.Replace("'", "''", StringComparison.Ordinal)}']";

    public static string ToPointer(string propertyPath)
    {
        var pointer = new StringBuilder();
        var i = 0;
        while (i < propertyPath.Length)
        {
            switch (propertyPath[i])
            {
                case '.':
                    i++;
                    break;
                case '[' when i + 1 < propertyPath.Length && propertyPath[i + 1] == '\'':
                    i = ReadQuotedKey(propertyPath, i + 2, pointer);
                    break;
                case '[':
                    var close = propertyPath.IndexOf(']', i);
                    close = close < 0 ? propertyPath.Length : close;
                    pointer.Append('/').Append(JsonPointer.Escape(propertyPath[(i + 1)..close]));
                    i = close + 1;
                    break;
                default:
                    var end = propertyPath.IndexOfAny(['.', '['], i);
                    end = end < 0 ? propertyPath.Length : end;
                    // Member names are C# properties; the JSON has them in camelCase, like the serializer's Web defaults.
                    pointer.Append('/').Append(JsonPointer.Escape(JsonNamingPolicy.CamelCase.ConvertName(propertyPath[i..end])));
                    i = end;
                    break;
            }
        }

        return pointer.ToString();
    }

    private static int ReadQuotedKey(string path, int start, StringBuilder pointer)
    {
        var key = new StringBuilder();
        var i = start;
        while (i < path.Length)
        {
            if (path[i] == '\'' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                key.Append('\'');
                i += 2;
            }
            else if (path[i] == '\'')
            {
                i += 2; // the quote and the closing bracket
                break;
            }
            else
            {
                key.Append(path[i++]);
            }
        }

        pointer.Append('/').Append(JsonPointer.Escape(key.ToString()));
        return i;
    }
}
