using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>Reads definition JSON into a <see cref="DefinitionDocument"/>, turning malformed text into a positioned problem.</summary>
public static class DefinitionReader
{
    /// <summary>
    /// The options every reader of definition files should use. Web defaults (camelCase), comments allowed,
    /// trailing commas and repeated properties refused; matching is case-sensitive and numbers must be numbers,
    /// as in the published JSON Schema, so a definition means the same to every tool that reads it.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>Reads <paramref name="json"/>; never throws for bad input.</summary>
    public static DefinitionReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Utf8TextIndex.Encode(json);
        try
        {
            var document = JsonSerializer.Deserialize<DefinitionDocument>(utf8, SerializerOptions);
            return document is null
                ? Failure(new DefinitionProblem("", "the definition is null; expected an object", 1, 1))
                : new DefinitionReadResult(document, []);
        }
        catch (JsonException exception)
        {
            return Failure(Describe(exception, utf8));
        }
    }

    private static DefinitionProblem Describe(JsonException exception, byte[] utf8)
    {
        var index = new Utf8TextIndex(utf8);
        var pointer = JsonPointer.FromJsonPath(exception.Path);
        var map = JsonSourceMap.Build(utf8, index);
        // A wrong value type is shown at its property, which is where the author looks; syntax errors at
        // the character the parser stopped on.
        var position = JsonErrorDescriber.IsWrongType(exception) && map.TryFind(pointer, out var at)
            ? at
            : index.At(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        return new DefinitionProblem(pointer, JsonErrorDescriber.Describe(exception, map.KindAt(pointer)), position.Line, position.Column);
    }

    private static DefinitionReadResult Failure(DefinitionProblem problem) => new(null, [problem]);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
