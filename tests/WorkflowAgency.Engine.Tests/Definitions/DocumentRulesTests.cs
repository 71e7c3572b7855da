using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class DocumentRulesTests
{
    [Fact]
    public void an_unsupported_schema_version_is_reported() =>
        CheckWith("/schemaVersion", 2).ShouldContain(p => p.Path == "/schemaVersion" && p.Message == "schemaVersion 2 is not supported; use 1");

    [Theory]
    [InlineData("/id")]
    [InlineData("/name")]
    [InlineData("/start")]
    public void a_missing_required_property_is_reported_at_its_path(string pointer) =>
        CheckWithout(pointer).ShouldContain(p => p.Path == pointer && p.Message.Contains("missing"));

    [Fact]
    public void an_id_that_is_not_kebab_case_is_reported() =>
        CheckWith("/id", "Client_Engagement").ShouldContain(p => p.Path == "/id" && p.Message.Contains("'Client_Engagement' is not kebab-case"));

    [Fact]
    public void a_definition_without_stages_is_reported() =>
        CheckWith("/stages", new JsonArray()).ShouldContain(p => p.Path == "/stages" && p.Message.Contains("at least one stage"));

    [Fact]
    public void a_repeated_stage_id_is_reported_at_the_second_stage()
    {
        var problems = CheckWith("/stages/2/id", "proposal");

        problems.ShouldContain(p => p.Path == "/stages/2/id" && p.Message.Contains("stage id 'proposal' is used twice"));
        problems.ShouldNotContain(p => p.Path == "/stages/0/id");
    }

    [Fact]
    public void an_unknown_property_is_reported_at_its_own_path_with_a_suggestion()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/stages/0/steps/0/nxt", "price-check");
            root.Set("/transitons", new JsonArray());
        });

        problems.ShouldContain(p => p.Path == "/stages/0/steps/0/nxt" && p.Message == "unknown property 'nxt' (did you mean 'next'?)");
        problems.ShouldContain(p => p.Path == "/transitons" && p.Message == "unknown property 'transitons' (did you mean 'transitions'?)");
    }

    [Fact]
    public void unknown_properties_are_reported_in_every_kind_of_object()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/variables/fee/typ", "money");
            root.Set("/stages/1/onEnter/email", "emails/x");
            root.Set("/stages/0/steps/0/form/fields/0/requird", true);
            root.Set("/stages/0/steps/2/outcomes/0/nxt", "count");
            root.Set("/transitions/0/when", "true");
        });

        problems.Select(p => p.Path).ShouldBe(
            ["/variables/fee/typ", "/stages/0/steps/0/form/fields/0/requird", "/stages/0/steps/2/outcomes/0/nxt", "/stages/1/onEnter/email", "/transitions/0/when"],
            ignoreOrder: true);
    }

    [Fact]
    public void a_variable_name_that_is_not_an_identifier_is_reported_with_its_name_escaped_in_the_pointer() =>
        CheckWith("/variables/a~1b", new JsonObject { ["type"] = "text" })
            .ShouldContain(p => p.Path == "/variables/a~1b" && p.Message.Contains("variable name 'a/b' is not an identifier"));

    [Fact]
    public void a_variable_of_an_unknown_type_is_reported_with_the_valid_types() =>
        CheckWith("/variables/fee/type", "monye")
            .ShouldContain(p => p.Path == "/variables/fee/type" && p.Message.StartsWith("unknown variable type 'monye' (did you mean 'money'?); use one of:", StringComparison.Ordinal));

    [Fact]
    public void a_variable_default_of_the_wrong_type_is_reported() =>
        CheckWith("/variables/rounds/default", 1.5)
            .ShouldContain(p => p.Path == "/variables/rounds/default" && p.Message == "the default of 'rounds' should be a whole number, not 1.5");

    [Fact]
    public void values_may_be_set_and_form_fields_may_fill_variables_that_are_not_declared()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/stages/0/steps/3/set/discount", "fee * 0.1");
            root.Set("/stages/0/steps/0/form/fields/4", new JsonObject { ["name"] = "notes", ["type"] = "text" });
        });

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void an_empty_email_template_name_on_stage_entry_is_reported() =>
        CheckWith("/stages/1/onEnter/emails/0", "").ShouldContain(p => p.Path == "/stages/1/onEnter/emails/0");
}
