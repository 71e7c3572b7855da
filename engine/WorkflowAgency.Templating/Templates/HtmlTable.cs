using System.Collections;
using System.Text;
using Scriban;

namespace WorkflowAgency.Templating.Templates;

/// <summary>
/// <c>html.table headers rows</c>: a simple table from a list of headers and either a list of rows or the
/// "a | b | c" lines agency forms use (one row per line). Every cell is escaped unless it is trusted markup.
/// </summary>
internal static class HtmlTable
{
    public static TrustedHtml Render(TemplateContext context, object? headers, object? rows)
    {
        var html = new StringBuilder("<table>");
        var head = Cells(context, headers).ToList();
        if (head.Count > 0)
        {
            html.Append("<thead><tr>");
            foreach (var cell in head)
                html.Append("<th>").Append(cell).Append("</th>");
            html.Append("</tr></thead>");
        }
        html.Append("<tbody>");
        foreach (var row in Rows(rows))
        {
            html.Append("<tr>");
            foreach (var cell in Cells(context, row))
                html.Append("<td>").Append(cell).Append("</td>");
            html.Append("</tr>");
        }
        return new TrustedHtml(html.Append("</tbody></table>").ToString());
    }

    private static IEnumerable<object?> Rows(object? rows) => rows switch
    {
        null => [],
        string text => text.Split('\n')
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => (object?)line.Split('|').Select(part => part.Trim()).ToList()),
        IEnumerable list => list.Cast<object?>(),
        _ => [rows],
    };

    private static IEnumerable<string> Cells(TemplateContext context, object? row) => row switch
    {
        null => [],
        string single => [HtmlEscaping.Escape(single)],
        TrustedHtml trusted => [trusted.Html],
        IEnumerable cells => cells.Cast<object?>().Select(cell => cell is TrustedHtml trusted
            ? trusted.Html
            : HtmlEscaping.Escape(context.ObjectToString(cell) ?? "")),
        _ => [HtmlEscaping.Escape(context.ObjectToString(row) ?? "")],
    };
}
