using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Definitions.Validation;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Tests.Definitions;

/// <summary>The published JSON Schema and the validator must agree on the vocabulary, or editors and the engine disagree.</summary>
public sealed class WorkflowSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(FindSchema()))!;

    [Fact]
    public void the_schema_lists_the_engine_step_types() =>
        Enum("/$defs/step/properties/type").ShouldBe(StepTypes.All, ignoreOrder: true);

    [Fact]
    public void the_schema_lists_the_engine_form_field_and_variable_types()
    {
        Enum("/$defs/formField/properties/type").ShouldBe(FieldTypes.Form, ignoreOrder: true);
        Enum("/$defs/variable/properties/type").ShouldBe(FieldTypes.Variable, ignoreOrder: true);
    }

    [Fact]
    public void the_schema_allows_each_step_type_the_properties_the_validator_allows()
    {
        foreach (var type in StepTypes.All)
        {
            var names = Enum($"/$defs/{type}/propertyNames").Except(["id", "type", "name"]);
            names.ShouldBe(StepTypeRules.PropertiesOf(type), ignoreOrder: true, customMessage: type);
        }
    }

    [Theory]
    [InlineData("/properties/id", TextLimits.Key)]
    [InlineData("/properties/name", TextLimits.Name)]
    [InlineData("/$defs/id", TextLimits.Key)]
    [InlineData("/$defs/stepId", TextLimits.Key)]
    [InlineData("/$defs/outcome", TextLimits.Key)]
    [InlineData("/$defs/choice/properties/name", TextLimits.Key)]
    [InlineData("/$defs/stage/properties/onEnter/properties/emails/items", TextLimits.TemplatePath)]
    [InlineData("/$defs/transition/properties/finish", TextLimits.Key)]
    [InlineData("/$defs/step/properties/template", TextLimits.TemplatePath)]
    [InlineData("/$defs/step/properties/as", TextLimits.Name)]
    [InlineData("/$defs/step/properties/purpose", TextLimits.Key)]
    [InlineData("/$defs/step/properties/signal", TextLimits.Key)]
    public void the_schema_caps_stored_names_at_the_lengths_the_validator_allows(string pointer, int limit) =>
        Schema.At(pointer)["maxLength"]!.GetValue<int>().ShouldBe(limit);

    private static string[] Enum(string pointer) =>
        [.. Schema.At(pointer)["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

    private static string FindSchema()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var schema = Path.Combine(folder.FullName, "workflows", "workflow.schema.json");
            if (File.Exists(schema))
                return schema;
        }

        throw new FileNotFoundException("workflows/workflow.schema.json was not found above the test output folder");
    }
}
