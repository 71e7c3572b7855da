using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Forms;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Tests.Forms;

public sealed class FormValidationTests
{
    private static FormDefinition Form(params FormField[] fields) => new(fields);

    private static FormField Field(string name, string type) => new() { Name = name, Label = name, Type = type };

    [Theory]
    [InlineData("number", "12.5", true)]
    [InlineData("number", "twelve", false)]
    [InlineData("integer", "3", true)]
    [InlineData("integer", "3.5", false)]
    [InlineData("money", "1999.99", true)]
    [InlineData("rating", "10", true)]
    [InlineData("rating", "11", false)]
    [InlineData("date", "2026-03-02", true)]
    [InlineData("date", "02/03/2026", false)]
    [InlineData("datetime", "2026-03-02T10:00:00Z", true)]
    [InlineData("email", "ada@example.com", true)]
    [InlineData("email", "ada at example", false)]
    [InlineData("url", "https://example.com/brief", true)]
    [InlineData("url", "javascript:alert(1)", false)]
    [InlineData("boolean", "on", true)]
    [InlineData("boolean", "perhaps", false)]
    [InlineData("text", "anything", true)]
    public void each_field_type_accepts_its_values_and_refuses_others(string type, string value, bool valid)
    {
        var result = FormValidation.Validate(Form(Field("f", type)), new JsonObject { ["f"] = value });

        result.IsValid.ShouldBe(valid);
        if (!valid)
            result.Errors["f"].ShouldHaveSingleItem().ShouldStartWith("f must be");
    }

    [Fact]
    public void rules_for_range_length_pattern_and_options_are_enforced_with_the_label()
    {
        var form = Form(
            new FormField { Name = "fee", Label = "Fee", Type = "money", Min = 100, Max = 1000 },
            new FormField { Name = "code", Label = "PO number", Type = "text", Pattern = "PO-[0-9]{4}", MaxLength = 7 },
            new FormField { Name = "channel", Label = "Channel", Type = "choice", Options = ["seo", "social"] },
            new FormField { Name = "extras", Label = "Extras", Type = "multichoice", Options = ["video", "print"] });

        var result = FormValidation.Validate(form, new JsonObject
        {
            ["fee"] = 5000,
            ["code"] = "PO-12345",
            ["channel"] = "tv",
            ["extras"] = new JsonArray("video", "radio"),
        });

        result.Errors["fee"].ShouldBe(["Fee must be at most 1000"]);
        result.Errors["code"].ShouldBe(["PO number must be at most 7 characters", "PO number is not in the expected format"], ignoreOrder: true);
        result.Errors["channel"].ShouldBe(["Channel must be one of: seo, social"]);
        result.Errors["extras"].ShouldBe(["Extras must be a list of: video, print"]);
    }

    [Fact]
    public void a_valid_submission_comes_back_normalised()
    {
        var form = Form(Field("budget", "money"), Field("rush", "boolean"), Field("extras", "multichoice") with { Options = ["video"] });

        var result = FormValidation.Validate(form, new JsonObject { ["budget"] = "2500", ["rush"] = "on", ["extras"] = new JsonArray("video") });

        result.IsValid.ShouldBeTrue();
        result.Values["budget"]!.GetValue<decimal>().ShouldBe(2500m);
        result.Values["rush"]!.GetValue<bool>().ShouldBeTrue();
        result.Values["extras"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public void an_empty_optional_field_is_fine_and_a_blank_required_one_is_not()
    {
        var form = Form(Field("notes", "text"), Field("fee", "money") with { Required = true });

        var result = FormValidation.Validate(form, new JsonObject { ["notes"] = "", ["fee"] = "  " });

        result.Errors.Keys.ShouldBe(["fee"]);
        result.Errors["fee"].ShouldBe(["fee is required"]);
    }

    [Fact]
    public void fields_that_are_not_on_the_form_are_refused_so_a_submission_cannot_overwrite_other_variables()
    {
        var result = FormValidation.Validate(Form(Field("fee", "money")), new JsonObject { ["fee"] = 1, ["owner"] = "mallory" });

        result.Errors["data"].ShouldBe(["'owner' is not a field of this form"]);
    }
}
