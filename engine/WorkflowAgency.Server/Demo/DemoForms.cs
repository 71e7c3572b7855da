using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Demo;

/// <summary>Form answers that satisfy the shipped process's tasks, varied a little per client.</summary>
internal static class DemoForms
{
    private static readonly string[] Channels = ["seo", "ppc", "social", "content", "email", "video"];

    public static JsonObject Contact(DemoEngagementPlan plan) => new()
    {
        ["needs"] = $"{plan.Client.Company} wants more qualified leads online",
        ["budget"] = plan.Fee,
    };

    public static JsonObject Brief(DemoEngagementPlan plan, DateOnly today, Random random) => new()
    {
        ["objectives"] = "Grow qualified leads\nImprove brand awareness",
        ["target_audience"] = "Decision makers aged 30-55",
        ["channels"] = new JsonArray([.. Channels.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => (JsonNode)c)]),
        ["budget"] = plan.Fee,
        ["currency"] = plan.Client.Currency,
        ["start_date"] = Date(today.AddDays(21)),
        ["end_date"] = Date(today.AddDays(111)),
    };

    public static JsonObject Analysis() => new() { ["success_measures"] = "Leads +30%", ["kpi_targets"] = "Leads | 300" };

    public static JsonObject Proposal(DemoEngagementPlan plan) => new()
    {
        ["project_name"] = $"{plan.Client.Company} growth",
        ["executive_summary"] = "A campaign to grow qualified leads.",
        ["scope_included"] = "SEO\nSocial",
        ["deliverables"] = "Landing page | 2026-12-31 | The campaign landing page",
        ["fee_lines"] = $"Strategy | {plan.Fee * 0.25m:0}\nExecution | {plan.Fee * 0.75m:0}",
        ["fee"] = plan.Fee,
    };

    public static JsonObject Contract(decimal value, DateOnly today) => new() { ["contract_value"] = value, ["contract_signed_date"] = Date(today) };

    public static JsonObject Plan(decimal value) => new() { ["kpi_targets"] = "Leads | 300", ["budget_allocated"] = value * 0.8m };

    public static JsonObject Coordinate(decimal value, bool overspend) => new() { ["budget_spent"] = value * (overspend ? 0.95m : 0.78m) };

    public static JsonObject Results(decimal value) => new()
    {
        ["report_period"] = "The campaign",
        ["goal_met"] = true,
        ["results_summary"] = "Qualified leads grew by a third.",
        ["kpi_results"] = "Leads | 300 | 340 | 220",
        ["budget_actual"] = value * 0.8m,
    };

    public static JsonObject Close(string number, decimal amount, DateOnly due) => new()
    {
        ["invoice_number"] = number,
        ["invoice_amount"] = amount,
        ["invoice_due"] = Date(due),
    };

    public static JsonObject Survey(int recommend, Random random) => new()
    {
        ["recommend"] = recommend,
        ["knowledge"] = Math.Clamp(recommend + random.Next(-1, 2), 0, 10),
        ["care"] = Math.Clamp(recommend + random.Next(-1, 2), 0, 10),
        ["comment"] = recommend >= 9 ? "A great team to work with" : "Good work, slow answers at times",
    };

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
