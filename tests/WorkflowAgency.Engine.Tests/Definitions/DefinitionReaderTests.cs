using WorkflowAgency.Engine.Definitions.Reading;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class DefinitionReaderTests
{
    [Fact]
    public void invalid_json_is_reported_at_its_line_and_column()
    {
        var result = DefinitionReader.Read("{\n  \"schemaVersion\": 1\n  \"id\": \"x\"\n}");

        result.Document.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((3, 3));
        problem.Message.ShouldStartWith("invalid JSON:");
        problem.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void a_value_of_the_wrong_type_is_reported_at_its_json_pointer_with_line_and_column()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "stages": [
                { "id": "a" },
                { "id": "b" },
                { "id": "c", "steps": [ { "id": "s", "type": "humanTask",
                  "due": 3 } ] }
              ]
            }
            """;

        var problem = DefinitionReader.Read(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("/stages/2/steps/0/due");
        problem.Message.ShouldBe("expected a string but found a number");
        (problem.Line, problem.Column).ShouldBe((7, 7));
    }

    [Fact]
    public void a_number_written_as_text_is_refused_as_the_schema_does()
    {
        var problem = DefinitionReader.Read("""{ "schemaVersion": "1" }""").Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("/schemaVersion");
        problem.Message.ShouldBe("expected a whole number but found a string");
    }

    [Fact]
    public void comments_are_skipped()
    {
        var result = DefinitionReader.Read("{\n  // why this process exists\n  \"schemaVersion\": 1 /* the only one */\n}");

        result.Succeeded.ShouldBeTrue();
        result.Document!.SchemaVersion.ShouldBe(1);
    }

    [Fact]
    public void a_trailing_comma_is_refused()
    {
        var problem = DefinitionReader.Read("{ \"schemaVersion\": 1, }").Problems.ShouldHaveSingleItem();

        problem.Message.ShouldContain("trailing comma");
        (problem.Line, problem.Column).ShouldBe((1, 23));
    }

    [Fact]
    public void a_property_written_twice_is_refused_rather_than_silently_overwritten()
    {
        var problem = DefinitionReader.Read("""{ "id": "a", "id": "b" }""").Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("/id");
        problem.Message.ShouldBe("property 'id' appears more than once");
    }

    [Fact]
    public void property_names_are_case_sensitive_so_a_capitalised_one_is_left_unknown()
    {
        var document = DefinitionReader.Read("""{ "schemaVersion": 1, "Name": "x" }""").Document!;

        document.Name.ShouldBeNull();
        document.Unknown!.Keys.ShouldBe(["Name"]);
    }

    [Fact]
    public void a_byte_order_mark_is_not_counted_as_a_column()
    {
        var problem = DefinitionReader.Read("\uFEFF{ \"id\": 3 }").Problems.ShouldHaveSingleItem();

        (problem.Line, problem.Column).ShouldBe((1, 3));
    }

    [Fact]
    public void null_and_non_objects_are_refused()
    {
        DefinitionReader.Read("null").Problems.ShouldHaveSingleItem().Message.ShouldContain("expected an object");
        DefinitionReader.Read("[]").Problems.ShouldHaveSingleItem().Message.ShouldBe("expected an object but found an array");
        DefinitionReader.Read("").Problems.ShouldHaveSingleItem().Message.ShouldStartWith("invalid JSON:");
    }
}
