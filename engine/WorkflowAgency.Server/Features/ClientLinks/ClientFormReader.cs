using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>
/// Turns a posted HTML form into the JSON the engine validates: numbers as numbers, checkboxes as booleans or lists.
/// A value that does not parse is passed on as text, so the engine's validation names the field.
/// </summary>
internal static class ClientFormReader
{
    public static JsonObject Read(IFormCollection form, FormDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(definition);
        var data = new JsonObject();
        foreach (var field in definition.Fields)
        {
            var values = form[field.Name];
            if (field.Type == FieldTypes.Boolean)
            {
                data[field.Name] = values.Contains("true");
                continue;
            }
            if (field.Type == FieldTypes.MultiChoice)
            {
                if (values.Count > 0)
                    data[field.Name] = new JsonArray([.. values.Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)JsonValue.Create(v))]);
                continue;
            }
            var text = values.ToString().Trim();
            if (text.Length == 0)
                continue;
            data[field.Name] = field.Type switch
            {
                FieldTypes.Rating or FieldTypes.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => whole,
                FieldTypes.Number or FieldTypes.Money when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
                _ => text,
            };
        }
        return data;
    }
}
