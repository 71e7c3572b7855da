using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using static WorkflowAgency.Server.Features.ClientLinks.ClientHtml;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>A plain HTML form for the step's questions, one submit button per possible answer. No script needed.</summary>
internal static class ClientFormRenderer
{
    public static void Render(StringBuilder html, string action, FormDefinition form, IReadOnlyList<Choice> responses, JsonObject? values, IReadOnlyDictionary<string, string[]>? errors)
    {
        if (errors is { Count: > 0 })
        {
            html.Append("<div class=\"errors\" role=\"alert\"><p>Please check your answer:</p><ul>");
            foreach (var (field, messages) in errors)
            {
                var label = form.Fields.FirstOrDefault(f => f.Name == field)?.Label ?? field;
                foreach (var message in messages)
                    html.Append("<li>").Append(E(label)).Append(": ").Append(E(message)).Append("</li>");
            }
            html.Append("</ul></div>");
        }
        html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\">");
        foreach (var field in form.Fields)
            Field(html, field, values?[field.Name]);
        html.Append("<div class=\"buttons\">");
        foreach (var response in responses)
            html.Append("<button type=\"submit\" name=\"response\" value=\"").Append(E(response.Name)).Append("\">").Append(E(response.Label)).Append("</button>");
        html.Append("</div></form>");
    }

    private static void Field(StringBuilder html, FormField field, JsonNode? value)
    {
        var id = "f-" + field.Name;
        var required = field.Required ? " required" : "";
        var text = value is JsonValue v ? v.ToString() : "";
        switch (field.Type)
        {
            case FieldTypes.Rating:
                html.Append("<fieldset><legend>").Append(E(field.Label)).Append("</legend><div class=\"scale\">");
                for (var score = 0; score <= 10; score++)
                {
                    var s = score.ToString(CultureInfo.InvariantCulture);
                    html.Append("<label><input type=\"radio\" name=\"").Append(E(field.Name)).Append("\" value=\"").Append(s).Append('"')
                        .Append(text == s ? " checked" : "").Append(required).Append("> ").Append(s).Append("</label>");
                }
                html.Append("</div></fieldset>");
                return;
            case FieldTypes.Boolean:
                html.Append("<label><input type=\"checkbox\" name=\"").Append(E(field.Name)).Append("\" value=\"true\"")
                    .Append(text == "true" ? " checked" : "").Append("> ").Append(E(field.Label)).Append("</label>");
                return;
            case FieldTypes.MultiChoice:
                var chosen = (value as JsonArray)?.Select(n => n?.ToString()).ToHashSet() ?? [];
                html.Append("<fieldset><legend>").Append(E(field.Label)).Append("</legend>");
                foreach (var option in field.Options)
                {
                    html.Append("<label><input type=\"checkbox\" name=\"").Append(E(field.Name)).Append("\" value=\"").Append(E(option)).Append('"')
                        .Append(chosen.Contains(option) ? " checked" : "").Append("> ").Append(E(option)).Append("</label>");
                }
                html.Append("</fieldset>");
                return;
        }

        html.Append("<label for=\"").Append(E(id)).Append("\">").Append(E(field.Label)).Append("</label>");
        var maxLength = field.MaxLength is { } max ? $" maxlength=\"{max.ToString(CultureInfo.InvariantCulture)}\"" : "";
        switch (field.Type)
        {
            case FieldTypes.Multiline:
                html.Append("<textarea id=\"").Append(E(id)).Append("\" name=\"").Append(E(field.Name)).Append('"').Append(maxLength).Append(required).Append('>')
                    .Append(E(text)).Append("</textarea>");
                break;
            case FieldTypes.Choice:
                html.Append("<select id=\"").Append(E(id)).Append("\" name=\"").Append(E(field.Name)).Append('"').Append(required).Append("><option value=\"\"></option>");
                foreach (var option in field.Options)
                    html.Append("<option").Append(option == text ? " selected" : "").Append('>').Append(E(option)).Append("</option>");
                html.Append("</select>");
                break;
            default:
                html.Append("<input id=\"").Append(E(id)).Append("\" name=\"").Append(E(field.Name)).Append("\" type=\"").Append(InputType(field.Type))
                    .Append("\" value=\"").Append(E(text)).Append('"').Append(maxLength).Append(required).Append('>');
                break;
        }
        if (field.Help is { } help)
            html.Append("<small>").Append(E(help)).Append("</small>");
    }

    private static string InputType(string type) => type switch
    {
        FieldTypes.Number or FieldTypes.Integer or FieldTypes.Money => "number\" step=\"any",
        FieldTypes.Date => "date",
        FieldTypes.DateTime => "datetime-local",
        FieldTypes.Email => "email",
        FieldTypes.Url => "url",
        FieldTypes.Phone => "tel",
        _ => "text",
    };
}
