using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating.Tests.Templates;

/// <summary>The template set in Fixtures/, one renderer over it, and the data the tests render it with.</summary>
internal static class TemplateFixtures
{
    public const string HostileName = "<script>alert(1)</script>";

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Templates", "Fixtures");

    /// <summary>Shared like the server shares its singleton; tests that change files use a <see cref="ScratchTemplates"/>.</summary>
    public static ScribanTemplateRenderer Renderer { get; } = new(new ScribanOptions { TemplatesRoot = Root });

    public static JsonObject Model(string json) => JsonNode.Parse(json)!.AsObject();

    public static JsonObject Welcome(string name = "Ada Lovelace", string company = "Smith & Sons") => new()
    {
        ["client"] = new JsonObject { ["name"] = name, ["company"] = company, ["email"] = "ada@example.com" },
        ["engagement"] = new JsonObject { ["owner"] = "account1" },
        ["services"] = new JsonArray("SEO audit", "Paid social"),
    };

    public static JsonObject Proposal(string? culture = null) => Model($$"""
        {
          {{(culture is null ? "" : $"\"culture\": \"{culture}\",")}}
          "time_zone": "Europe/Paris",
          "currency": "EUR",
          "client": { "name": "Ada Lovelace", "company": "Smith & Sons" },
          "issued_at": "2026-03-01T23:30:00Z",
          "valid_until": "2026-03-31",
          "lines": [ { "item": "Strategy <workshop>", "fee": 1200 }, { "item": "Campaign", "fee": 3000.5 } ],
          "notes": "Kick-off in April.\nBring <your> brand book."
        }
        """);

    public static RenderedTemplate Rendered(this TemplateRenderResult result)
    {
        result.Errors.ShouldBeEmpty();
        return result.Value.ShouldNotBeNull();
    }

    public static TemplateError SingleError(this TemplateRenderResult result)
    {
        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        return result.Errors.ShouldHaveSingleItem();
    }
}
