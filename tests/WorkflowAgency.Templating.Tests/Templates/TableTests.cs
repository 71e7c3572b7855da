using System.Text.Json.Nodes;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class TableTests
{
    [Fact]
    public void a_table_from_pipe_separated_lines_has_a_header_and_escaped_cells()
    {
        using var templates = new ScratchTemplates();
        templates.Write("documents/kpis.sbn-html", """{{ html.table ["KPI", "Target"] kpi_targets }}""");
        var model = new JsonObject { ["kpi_targets"] = "Orders | 1400\n\nLeads <b>new</b> | 300\n" };

        var result = templates.Renderer.Render("documents/kpis", model);

        result.Errors.ShouldBeEmpty();
        result.Value!.Html.ShouldBe(
            "<table><thead><tr><th>KPI</th><th>Target</th></tr></thead><tbody>" +
            "<tr><td>Orders</td><td>1400</td></tr>" +
            "<tr><td>Leads &lt;b&gt;new&lt;/b&gt;</td><td>300</td></tr>" +
            "</tbody></table>");
        result.Value.Text.ShouldContain("Orders | 1400");
    }

    [Fact]
    public void a_table_from_a_list_of_rows_keeps_trusted_markup_and_escapes_the_rest()
    {
        using var templates = new ScratchTemplates();
        templates.Write("documents/rows.sbn-html", """{{ html.table [] [[html.raw "<em>ok</em>", client.name]] }}""");
        var model = new JsonObject { ["client"] = new JsonObject { ["name"] = "<script>alert(1)</script>" } };

        var result = templates.Renderer.Render("documents/rows", model);

        result.Errors.ShouldBeEmpty();
        result.Value!.Html.ShouldBe("<table><tbody><tr><td><em>ok</em></td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr></tbody></table>");
    }
}
