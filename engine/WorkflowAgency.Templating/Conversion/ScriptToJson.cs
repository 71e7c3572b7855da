using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace WorkflowAgency.Templating.Conversion;

/// <summary>Turns what a Scriban expression produced back into JSON.</summary>
internal static class ScriptToJson
{
    // Same default as System.Text.Json; also what stops an object that contains itself.
    private const int MaxDepth = 64;

    /// <summary>Converts <paramref name="value"/>; false with the reason when it has no JSON form.</summary>
    /// <remarks>Lazy results (ranges, array.map) are enumerated here, so call it while the evaluation's context is alive.</remarks>
    public static bool TryConvert(object? value, out JsonNode? json, [NotNullWhen(false)] out string? problem) =>
        TryConvert(value, 0, out json, out problem);

    private static bool TryConvert(object? value, int depth, out JsonNode? json, [NotNullWhen(false)] out string? problem)
    {
        json = null;
        problem = null;
        if (depth > MaxDepth)
        {
            problem = $"The result is nested more than {MaxDepth} levels deep (does it contain itself?).";
            return false;
        }

        switch (value)
        {
            case null or EmptyScriptObject:
                return true;
            case IScriptCustomFunction:
                problem = "The result is a function, not a value; call it to get its value.";
                return false;
            case bool flag:
                json = JsonValue.Create(flag);
                return true;
            case string or char or DateTime or DateTimeOffset or TimeSpan:
                json = JsonValue.Create(FormatText(value));
                return true;
            case double or float:
                var real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(real))
                {
                    problem = $"The result {real.ToString(CultureInfo.InvariantCulture)} is not a finite number (division by zero?).";
                    return false;
                }
                json = JsonValue.Create(real);
                return true;
            case decimal exact:
                json = JsonValue.Create(exact);
                return true;
            case BigInteger big:
                // JsonValue has no BigInteger overload; its JSON text is still a valid number.
                json = JsonNode.Parse(big.ToString(CultureInfo.InvariantCulture));
                return true;
            case sbyte or byte or short or ushort or int or uint or long:
                json = JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return true;
            case ulong large:
                json = JsonValue.Create(large);
                return true;
            case IDictionary<string, object?> members:
                return TryConvertObject(members, depth, out json, out problem);
            case IEnumerable items:
                return TryConvertArray(items, depth, out json, out problem);
            default:
                problem = $"The result is a {value.GetType().Name}, which has no JSON form.";
                return false;
        }
    }

    /// <summary>Dates as ISO 8601 round-trip text; durations as System.Text.Json writes a TimeSpan.</summary>
    private static string? FormatText(object value) => value switch
    {
        string text => text,
        char letter => letter.ToString(),
        DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("o", CultureInfo.InvariantCulture),
        TimeSpan duration => duration.ToString("c", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool TryConvertObject(IDictionary<string, object?> members, int depth, out JsonNode? json, [NotNullWhen(false)] out string? problem)
    {
        json = null;
        var result = new JsonObject();
        foreach (var (name, member) in members)
        {
            if (!TryConvert(member, depth + 1, out var converted, out problem))
                return false;
            result[name] = converted;
        }
        json = result;
        problem = null;
        return true;
    }

    private static bool TryConvertArray(IEnumerable items, int depth, out JsonNode? json, [NotNullWhen(false)] out string? problem)
    {
        json = null;
        var result = new JsonArray();
        foreach (var item in items)
        {
            if (!TryConvert(item, depth + 1, out var converted, out problem))
                return false;
            result.Add(converted);
        }
        json = result;
        problem = null;
        return true;
    }
}
