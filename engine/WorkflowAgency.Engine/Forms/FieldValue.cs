using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Forms;

/// <summary>Reads a submitted value as its field type, accepting what browsers send (numbers as strings, "on" for checkboxes).</summary>
internal static class FieldValue
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static bool IsNumeric(string type) =>
        type is FieldTypes.Number or FieldTypes.Integer or FieldTypes.Money or FieldTypes.Rating;

    public static string? Text(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public static decimal? Number(JsonNode? value) => value switch
    {
        JsonValue v when JsonNumbers.TryGetDecimal(v, out var number) => number,
        JsonValue v when v.TryGetValue(out string? s)
            && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    public static bool Matches(string pattern, string text) =>
        Patterns.GetOrAdd(pattern, p => new Regex($"^(?:{p})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))).IsMatch(text);

    /// <summary>Converts to the stored form of the field's type, or says what is wrong in words that follow the label.</summary>
    public static bool TryNormalize(FormField field, JsonNode? value, out JsonNode? normalized, out string? problem)
    {
        normalized = null;
        problem = null;
        switch (field.Type)
        {
            case FieldTypes.Number or FieldTypes.Money:
                if (Number(value) is { } number) { normalized = number; return true; }
                problem = "must be a number";
                return false;
            case FieldTypes.Integer or FieldTypes.Rating:
                if (Number(value) is { } whole && whole == decimal.Truncate(whole))
                {
                    if (field.Type == FieldTypes.Rating && whole is < 0 or > 10) { problem = "must be from 0 to 10"; return false; }
                    normalized = (long)whole;
                    return true;
                }
                problem = field.Type == FieldTypes.Rating ? "must be a whole number from 0 to 10" : "must be a whole number";
                return false;
            case FieldTypes.Boolean:
                if (value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False) { normalized = b.GetValue<bool>(); return true; }
                if (Text(value)?.ToUpperInvariant() is "TRUE" or "ON" or "YES") { normalized = true; return true; }
                if (Text(value)?.ToUpperInvariant() is "FALSE" or "OFF" or "NO") { normalized = false; return true; }
                problem = "must be true or false";
                return false;
            case FieldTypes.Date:
                if (DateOnly.TryParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                { normalized = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); return true; }
                problem = "must be a date (YYYY-MM-DD)";
                return false;
            case FieldTypes.DateTime:
                if (DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                { normalized = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture); return true; }
                problem = "must be a date and time";
                return false;
            case FieldTypes.Email:
                if (Text(value) is { } email && MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim())
                { normalized = address.Address; return true; }
                problem = "must be an email address";
                return false;
            case FieldTypes.Url:
                if (Uri.TryCreate(Text(value), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                { normalized = uri.ToString(); return true; }
                problem = "must be a web address (http or https)";
                return false;
            case FieldTypes.Choice:
                if (Text(value) is { } choice && field.Options.Contains(choice)) { normalized = choice; return true; }
                problem = $"must be one of: {string.Join(", ", field.Options)}";
                return false;
            case FieldTypes.MultiChoice:
                if (value is JsonArray items && items.All(i => Text(i) is { } t && field.Options.Contains(t)))
                { normalized = new JsonArray([.. items.Select(i => (JsonNode)Text(i)!)]); return true; }
                problem = $"must be a list of: {string.Join(", ", field.Options)}";
                return false;
            default:
                if (value is JsonValue text && text.TryGetValue(out string? s)) { normalized = s; return true; }
                problem = "must be text";
                return false;
        }
    }
}
