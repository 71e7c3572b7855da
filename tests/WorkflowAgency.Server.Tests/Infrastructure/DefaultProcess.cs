using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Form data that satisfies the shipped process's tasks.</summary>
internal static class DefaultProcess
{
    public static JsonObject Contact() => new() { ["needs"] = "More online orders", ["budget"] = 30000 };

    public static JsonObject Brief() => new()
    {
        ["objectives"] = "Grow online orders\nLaunch the spring range",
        ["target_audience"] = "Commuters aged 25-45",
        ["channels"] = new JsonArray("seo", "social"),
        ["budget"] = 30000,
        ["currency"] = "EUR",
        ["start_date"] = "2026-04-01",
        ["end_date"] = "2026-06-30",
    };

    public static JsonObject Analysis() => new() { ["success_measures"] = "Online orders +40%", ["kpi_targets"] = "Orders | 1400" };

    public static JsonObject Proposal() => new()
    {
        ["project_name"] = "Spring growth",
        ["executive_summary"] = "A spring campaign to grow online orders.",
        ["scope_included"] = "SEO\nSocial",
        ["deliverables"] = "Landing page | 2026-04-15 | The spring landing page",
        ["fee_lines"] = "Strategy | 6000\nExecution | 18000",
        ["fee"] = 24000,
    };
}
