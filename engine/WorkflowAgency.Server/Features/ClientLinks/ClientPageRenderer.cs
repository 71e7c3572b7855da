using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using static WorkflowAgency.Server.Features.ClientLinks.ClientHtml;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>The client pages: the question with its documents and form, or the answer already given.</summary>
internal static class ClientPageRenderer
{
    public static string Open(ClientLink link, string pageUrl, JsonObject? values = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        var step = link.Step!;
        var (title, intro) = ClientPurposes.Describe(step.Purpose, Agency(link));
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        html.Append("<p>").Append(E($"Hello {link.Engagement!.ClientName},")).Append("</p><p>").Append(E(intro)).Append("</p>");
        foreach (var document in step.Attach)
        {
            var url = $"{pageUrl}/documents/{Uri.EscapeDataString(document)}";
            html.Append("<p><a href=\"").Append(E(url)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">Open the ")
                .Append(E(document.Replace('_', ' '))).Append(" in a new window</a></p>")
                .Append("<iframe sandbox src=\"").Append(E(url)).Append("\" title=\"").Append(E(document)).Append("\"></iframe>");
        }
        ClientFormRenderer.Render(html, pageUrl, step.Form, step.Responses, values, errors);
        return Page(title, html.ToString());
    }

    public static string Answered(ClientLink link, bool again)
    {
        ArgumentNullException.ThrowIfNull(link);
        var answer = link.Answer!;
        var step = link.Step;
        var label = step?.Responses.FirstOrDefault(r => r.Name == answer.Response)?.Label ?? answer.Response;
        var html = new StringBuilder();
        html.Append("<h1>Thank you</h1>");
        if (again)
            html.Append("<p>This request was already answered, so nothing was changed.</p>");
        html.Append("<p>").Append(E($"We received your answer on {answer.At.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)}:")).Append("</p>");
        html.Append("<dl><dt>Your answer</dt><dd>").Append(E(label)).Append("</dd>");
        foreach (var (name, value) in answer.Data)
        {
            if (value is null)
                continue;
            var fieldLabel = step?.Form.Fields.FirstOrDefault(f => f.Name == name)?.Label ?? name;
            var text = value is JsonArray list ? string.Join(", ", list.Select(v => v?.ToString())) : value.ToString();
            html.Append("<dt>").Append(E(fieldLabel)).Append("</dt><dd>").Append(E(text)).Append("</dd>");
        }
        html.Append("</dl><p>").Append(E($"If anything is wrong, just reply to our email and {Agency(link)} will sort it out.")).Append("</p>");
        return Page("Thank you", html.ToString());
    }

    private static string Agency(ClientLink link) =>
        link.Engagement?.Variables["agency"]?["name"] is JsonValue name && name.TryGetValue(out string? text) ? text : "the agency";
}
