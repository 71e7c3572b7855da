using System.Text.Json;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>Rewrites System.Text.Json's messages for people editing a definition: no CLR type names, no repeated position.</summary>
internal static class JsonErrorDescriber
{
    private const string ConversionPrefix = "The JSON value could not be converted to ";
    private const string DuplicatePrefix = "Duplicate property '";

    /// <summary>True when the text is valid JSON but a value has the wrong type for where it stands.</summary>
    public static bool IsWrongType(JsonException exception) =>
        exception.Message.StartsWith(ConversionPrefix, StringComparison.Ordinal);

    public static string Describe(JsonException exception, JsonValueKind found)
    {
        var message = WithoutLocation(exception.Message);
        if (IsWrongType(exception))
        {
            var expected = DescribeType(message[ConversionPrefix.Length..].TrimEnd('.'));
            return found is JsonValueKind.Undefined || DescribeKind(found) == expected
                ? $"expected {expected}"
                : $"expected {expected} but found {DescribeKind(found)}";
        }

        if (message.StartsWith(DuplicatePrefix, StringComparison.Ordinal))
        {
            var name = message[DuplicatePrefix.Length..message.IndexOf('\'', DuplicatePrefix.Length)];
            return $"property '{name}' appears more than once";
        }

        return $"invalid JSON: {message.Replace(" Change the reader options.", "", StringComparison.Ordinal)}";
    }

    // The serializer appends "Path: $.x | LineNumber: 0 | BytePositionInLine: 4."; the problem carries those already.
    private static string WithoutLocation(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                message = message[..at];
        }

        return message.Trim();
    }

    private static string DescribeType(string typeName) => typeName switch
    {
        _ when typeName.Contains("List`1", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal) => "an array",
        _ when typeName.Contains("Dictionary`2", StringComparison.Ordinal)
            || typeName.Contains("JsonObject", StringComparison.Ordinal)
            || typeName.StartsWith("WorkflowAgency.", StringComparison.Ordinal) => "an object",
        _ when typeName.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when typeName.Contains("Int32", StringComparison.Ordinal) || typeName.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when typeName.Contains("Decimal", StringComparison.Ordinal) || typeName.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when typeName.Contains("String", StringComparison.Ordinal) => "a string",
        _ => typeName,
    };

    private static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
