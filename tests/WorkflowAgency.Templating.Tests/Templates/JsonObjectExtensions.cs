using System.Text.Json.Nodes;

namespace WorkflowAgency.Templating.Tests.Templates;

internal static class JsonObjectExtensions
{
    /// <summary>The same object with one more property, for a model that differs from a fixture by one value.</summary>
    public static JsonObject Also(this JsonObject model, string name, JsonNode? value)
    {
        model[name] = value;
        return model;
    }
}
