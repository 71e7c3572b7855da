using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Expressions;

public sealed class TextTests
{
    [Fact]
    public void placeholders_are_replaced_with_values()
    {
        var result = Run.Text("Draft the proposal for {{ client.company }}", """{ "client": { "company": "Acme" } }""");

        result.Value!.GetValue<string>().ShouldBe("Draft the proposal for Acme");
    }

    [Fact]
    public void text_without_placeholders_is_returned_as_is()
    {
        Run.Text("Call the client").Value!.GetValue<string>().ShouldBe("Call the client");
        Run.Text("").Value!.GetValue<string>().ShouldBe("");
    }

    [Fact]
    public void text_without_placeholders_renders_the_same_whatever_the_scope_and_each_result_is_a_new_node()
    {
        var compiled = new ScribanExpressionLanguage().ParseText("Task 2 \\ {% raw %} }}").Value!;

        var first = compiled.Evaluate(new System.Text.Json.Nodes.JsonObject { ["client"] = "ignored" }).Value!;
        var second = compiled.Evaluate([]).Value!;

        first.GetValue<string>().ShouldBe("Task 2 \\ {% raw %} }}");
        second.GetValue<string>().ShouldBe(first.GetValue<string>());
        second.ShouldNotBeSameAs(first);
    }

    [Fact]
    public void an_html_looking_value_is_returned_unchanged()
    {
        // Escaping belongs to HTML templates; a task title is plain text.
        var result = Run.Text("Review {{ name }}", """{ "name": "<b>Smith & Sons</b>" }""");

        result.Value!.GetValue<string>().ShouldBe("Review <b>Smith & Sons</b>");
    }

    [Fact]
    public void text_may_use_statements_and_filters()
    {
        var result = Run.Text(
            "{{ if budget > 10000 }}Large{{ else }}Small{{ end }} deal: {{ services | array.join ', ' }}",
            """{ "budget": 20000, "services": ["audit", "tax"] }""");

        result.Value!.GetValue<string>().ShouldBe("Large deal: audit, tax");
    }

    [Fact]
    public void a_number_renders_in_invariant_culture()
    {
        Run.Text("Fee {{ fee }}", """{ "fee": 1234.5 }""").Value!.GetValue<string>().ShouldBe("Fee 1234.5");
    }
}
