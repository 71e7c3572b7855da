using WorkflowAgency.Engine.Definitions.Reading;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("$", "")]
    [InlineData("$.id", "/id")]
    [InlineData("$.stages[2].steps[0].due", "/stages/2/steps/0/due")]
    [InlineData("$.variables['a.b'].type", "/variables/a.b/type")]
    [InlineData("$.variables['a/b~c']", "/variables/a~1b~0c")]
    [InlineData("$['two words'][1]", "/two words/1")]
    public void a_serializer_path_becomes_a_json_pointer(string path, string pointer) =>
        JsonPointer.FromJsonPath(path).ShouldBe(pointer);

    [Fact]
    public void slashes_and_tildes_in_names_are_escaped_as_rfc_6901_says() =>
        JsonPointer.Append("/variables", "a~b/c").ShouldBe("/variables/a~0b~1c");

    [Fact]
    public void the_parent_of_a_top_level_member_is_the_whole_document()
    {
        JsonPointer.Parent("/stages/1").ShouldBe("/stages");
        JsonPointer.Parent("/stages").ShouldBe("");
        JsonPointer.Parent("").ShouldBeNull();
    }
}
