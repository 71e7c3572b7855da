using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions;
using WorkflowAgency.Engine.Definitions.Validation;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Engine.Tests.Definitions;

/// <summary>The fixtures next to these tests, and a checker wired with the real expression language.</summary>
internal static class DefinitionFixtures
{
    public static readonly DefinitionChecker Checker = new(new ScribanExpressionLanguage());

    /// <summary>A small but complete definition using every step type; it has no problems.</summary>
    public static string Complete => Read("complete-engagement.json");

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Definitions", "Fixtures", name));

    /// <summary>Checks the complete definition after <paramref name="edit"/> has changed it.</summary>
    public static IReadOnlyList<DefinitionProblem> CheckEdited(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(Complete, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        edit(root);
        return Checker.Check(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true })).Problems;
    }

    /// <summary>Checks the complete definition with the value at <paramref name="pointer"/> replaced.</summary>
    public static IReadOnlyList<DefinitionProblem> CheckWith(string pointer, JsonNode? value) =>
        CheckEdited(root => root.Set(pointer, value));

    /// <summary>Checks the complete definition with the value at <paramref name="pointer"/> removed.</summary>
    public static IReadOnlyList<DefinitionProblem> CheckWithout(string pointer) =>
        CheckEdited(root => root.Remove(pointer));
}
