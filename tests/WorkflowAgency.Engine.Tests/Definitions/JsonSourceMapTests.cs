using WorkflowAgency.Engine.Definitions.Reading;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class JsonSourceMapTests
{
    private const string Json = """
        {
          "id": "x",
          "stages": [
            { "id": "a", "steps": [] },
            "text"
          ],
          "variables": { "a/b": { "type": "text" } }
        }
        """;

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/id", 2, 3)]
    [InlineData("/stages", 3, 3)]
    [InlineData("/stages/0", 4, 5)]
    [InlineData("/stages/0/steps", 4, 18)]
    [InlineData("/stages/1", 5, 5)]
    [InlineData("/variables/a~1b/type", 7, 27)]
    public void members_are_placed_at_their_name_and_array_items_at_their_value(string pointer, int line, int column)
    {
        JsonSourceMap.Build(Json).TryFind(pointer, out var position).ShouldBeTrue();

        position.ShouldBe(new SourcePosition(line, column));
    }

    [Fact]
    public void a_missing_value_is_located_at_its_nearest_ancestor() =>
        JsonSourceMap.Build(Json).Locate("/stages/0/start").ShouldBe(new SourcePosition(4, 5));

    [Fact]
    public void columns_count_characters_not_utf8_bytes() =>
        JsonSourceMap.Build("""{ "név": "é", "next": 1 }""").Locate("/next").ShouldBe(new SourcePosition(1, 15));

    [Fact]
    public void text_after_a_syntax_error_is_left_unmapped()
    {
        var map = JsonSourceMap.Build("{ \"a\": 1, \"b\": ] }");

        map.TryFind("/a", out _).ShouldBeTrue();
        map.TryFind("/b", out _).ShouldBeFalse();
    }
}
