using System.Text.Json.Nodes;

namespace WorkflowAgency.Email.Tests.DefaultProcess;

/// <summary>What the account staff type into the shipped process's forms in the scenario.</summary>
internal static class Sample
{
    public static JsonObject Brief() => new()
    {
        ["objectives"] = "Grow online orders\nLaunch the spring range",
        ["target_audience"] = "Commuters aged 25-40 in London",
        ["channels"] = new JsonArray("seo", "social", "ppc"),
        ["budget"] = 30000,
        ["currency"] = "GBP",
        ["start_date"] = "2026-04-01",
        ["end_date"] = "2026-06-30",
    };

    public static JsonObject Proposal(int fee) => new()
    {
        ["project_name"] = "Spring online orders",
        ["executive_summary"] = "A three-month search and social programme to grow online orders by 40%.",
        ["scope_included"] = "SEO audit and fixes\nPaid social campaigns",
        ["scope_excluded"] = "Print",
        ["assumptions"] = "Access to analytics by 1 April",
        ["deliverables"] = "SEO audit | 2026-04-15 | Technical and content audit\nCampaign launch | 2026-05-01 | Paid social live",
        ["milestones"] = "2026-04-01 | Kick-off\n2026-06-30 | Final report",
        ["fee_lines"] = $"Strategy | 4000\nExecution | {fee - 4000}",
        ["fee"] = fee,
        ["contingency_percent"] = 10,
        ["revision_rounds"] = 2,
    };

    public static JsonObject Results() => new()
    {
        ["report_period"] = "April–June 2026",
        ["goal_met"] = true,
        ["results_summary"] = "Online orders grew 46% against a 40% goal.",
        ["kpi_results"] = "Orders | 1400 | 1460 | 1000",
        ["channel_results"] = "Paid social | 12000 | 900 | 13.33\nSEO | 6000 | 560 | 10.71",
        ["what_worked"] = "Short video ads",
        ["what_did_not"] = "Display retargeting",
        ["recommendations"] = "Move display budget to search",
        ["next_steps"] = "Plan the autumn campaign",
        ["budget_actual"] = 23000,
    };
}
