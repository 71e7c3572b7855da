using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Reading;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class RobustnessTests
{
    public static TheoryData<string> EveryPointer()
    {
        var root = JsonNode.Parse(Complete, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var pointers = new TheoryData<string>();
        foreach (var pointer in Walk(root, "").Where(p => p.Length > 0 && !p.StartsWith("/layout/", StringComparison.Ordinal)))
            pointers.Add(pointer);
        return pointers;
    }

    [Theory]
    [MemberData(nameof(EveryPointer))]
    public void a_null_anywhere_is_reported_or_accepted_but_never_throws(string pointer)
    {
        var problems = CheckWith(pointer, null);

        problems.ShouldAllBe(p => p.Line != null);
    }

    [Theory]
    [MemberData(nameof(EveryPointer))]
    public void a_missing_value_anywhere_is_reported_or_accepted_but_never_throws(string pointer)
    {
        var problems = CheckWithout(pointer);

        problems.ShouldAllBe(p => p.Line != null);
    }

    [Fact]
    public void an_empty_object_reports_what_a_definition_needs() =>
        Checker.Check("{}").Problems.Select(p => p.Path).ShouldBe(["/schemaVersion", "/id", "/name", "/start", "/stages"], ignoreOrder: true);

    private static IEnumerable<string> Walk(JsonNode? node, string pointer)
    {
        yield return pointer;
        var children = node switch
        {
            JsonObject o => o.Select(p => (JsonPointer.Append(pointer, p.Key), p.Value)),
            JsonArray a => a.Select((v, i) => (JsonPointer.Append(pointer, i), v)),
            _ => [],
        };
        foreach (var (path, child) in children)
        {
            foreach (var descendant in Walk(child, path))
                yield return descendant;
        }
    }
}
