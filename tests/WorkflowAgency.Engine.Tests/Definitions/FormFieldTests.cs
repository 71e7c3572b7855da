using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class FormFieldTests
{
    private const string Fields = "/stages/0/steps/0/form/fields";

    [Fact]
    public void a_field_of_unknown_type_is_reported_with_the_valid_types() =>
        CheckWith($"{Fields}/0/type", "currency").ShouldContain(p =>
            p.Path == $"{Fields}/0/type" && p.Message.StartsWith("unknown field type 'currency'; use one of: boolean, choice", StringComparison.Ordinal));

    [Fact]
    public void a_field_without_a_type_is_reported() =>
        CheckWithout($"{Fields}/0/type").ShouldContain(p => p.Path == $"{Fields}/0/type" && p.Message.StartsWith("field 'fee' needs a type", StringComparison.Ordinal));

    [Fact]
    public void a_variable_only_type_is_refused_for_a_field() =>
        CheckWith($"{Fields}/0/type", "object").ShouldContain(p => p.Path == $"{Fields}/0/type" && p.Message.Contains("a type for variables, not for form fields"));

    [Fact]
    public void a_field_name_that_is_not_an_identifier_is_reported() =>
        CheckWith($"{Fields}/3/name", "po-number").ShouldContain(p => p.Path == $"{Fields}/3/name" && p.Message.Contains("'po-number' is not an identifier"));

    [Fact]
    public void a_field_named_twice_in_one_form_is_reported_at_the_second() =>
        CheckWith($"{Fields}/1/name", "fee").ShouldContain(p => p.Path == $"{Fields}/1/name" && p.Message == "field 'fee' appears twice in this form");

    [Fact]
    public void min_and_max_apply_only_to_numeric_fields() =>
        CheckWith($"{Fields}/1/min", 1).ShouldContain(p => p.Path == $"{Fields}/1/min" && p.Message.Contains("not to multiline"));

    [Fact]
    public void min_above_max_is_reported() =>
        CheckWith($"{Fields}/0/min", 2000000).ShouldContain(p => p.Path == $"{Fields}/0/min" && p.Message == "min 2000000 is greater than max 1000000");

    [Fact]
    public void min_length_above_max_length_is_reported() =>
        CheckWith($"{Fields}/1/minLength", 5000).ShouldContain(p => p.Path == $"{Fields}/1/minLength");

    [Fact]
    public void a_pattern_that_is_not_a_regular_expression_is_reported() =>
        CheckWith($"{Fields}/3/pattern", "^PO-([0-9]{6}$").ShouldContain(p =>
            p.Path == $"{Fields}/3/pattern" && p.Message.StartsWith("pattern '^PO-([0-9]{6}$' is not a valid .NET regular expression: ", StringComparison.Ordinal));

    [Fact]
    public void a_choice_field_needs_options() =>
        CheckWith($"{Fields}/2/options", new JsonArray()).ShouldContain(p => p.Path == $"{Fields}/2/options" && p.Message.Contains("needs 'options'"));

    [Fact]
    public void options_on_a_field_that_is_not_a_choice_are_reported() =>
        CheckWith($"{Fields}/3/options", new JsonArray("a")).ShouldContain(p => p.Path == $"{Fields}/3/options");
}
