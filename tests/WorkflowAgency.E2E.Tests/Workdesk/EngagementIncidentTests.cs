using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Workdesk;

/// <summary>The engagement page as operations see it when a step fails: the incident, and the retry once it is fixed.</summary>
public sealed class EngagementIncidentTests : BrowserTest
{
    private const string Template = "emails/brief-received";

    [Fact]
    public async Task operations_retry_a_failed_email_from_the_engagement_page_once_its_template_is_fixed()
    {
        var page = await SignInAsync("ops");
        using var account1 = await StaffClient.SignInAsync(BaseUrl, "account1");
        using var ops = await StaffClient.SignInAsync(BaseUrl, "ops");
        var id = await account1.HandoffAsync("Tailspin Toys");
        await account1.CompleteAsync(id, "contact", new JsonObject { ["needs"] = "More online orders" });
        var original = await ops.TemplateAsync(Template);
        await ops.SaveTemplateAsync(Template, "<p>{{ no_such_variable }}</p>", "");
        await account1.CompleteAsync(id, "capture", new JsonObject
        {
            ["objectives"] = "Grow online orders",
            ["target_audience"] = "Commuters aged 25-45",
            ["channels"] = new JsonArray("seo", "social"),
            ["budget"] = 30000,
            ["currency"] = "EUR",
            ["start_date"] = "2026-04-01",
            ["end_date"] = "2026-06-30",
        });

        await page.GotoAsync($"/engagements/{id}");
        var incidents = page.GetByRole(AriaRole.Region, new() { Name = "Incidents" });
        await incidents.GetByText("no_such_variable").WaitForAsync();
        (await page.GetByText("faulted", new() { Exact = true }).CountAsync()).ShouldBe(1);
        await ScreenshotAsync(page, "engagement-with-incident");

        await ops.SaveTemplateAsync(Template, original["html"]!.GetValue<string>(), original["text"]?.GetValue<string>());
        await incidents.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();

        await incidents.GetByText("Resolved").WaitForAsync();
        (await incidents.GetByRole(AriaRole.Button, new() { Name = "Retry" }).CountAsync()).ShouldBe(0);
        await page.GetByText("waiting", new() { Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Timeline" }).GetByText("resolved").First.WaitForAsync();
        await ScreenshotAsync(page, "engagement-incident-retried");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task account_staff_see_incidents_without_a_retry_button()
    {
        var page = await SignInAsync("account1");
        using var account1 = await StaffClient.SignInAsync(BaseUrl, "account1");
        using var ops = await StaffClient.SignInAsync(BaseUrl, "ops");
        var id = await account1.HandoffAsync("Litware");
        await account1.CompleteAsync(id, "contact", new JsonObject { ["needs"] = "More online orders" });
        await ops.SaveTemplateAsync(Template, "<p>{{ no_such_variable }}</p>", "");
        await account1.CompleteAsync(id, "capture", new JsonObject
        {
            ["objectives"] = "Grow online orders",
            ["target_audience"] = "Commuters",
            ["channels"] = new JsonArray("seo"),
            ["budget"] = 1000,
            ["currency"] = "EUR",
            ["start_date"] = "2026-04-01",
            ["end_date"] = "2026-06-30",
        });

        await page.GotoAsync($"/engagements/{id}");
        var incidents = page.GetByRole(AriaRole.Region, new() { Name = "Incidents" });
        await incidents.GetByText("no_such_variable").WaitForAsync();
        (await incidents.GetByRole(AriaRole.Button, new() { Name = "Retry" }).CountAsync()).ShouldBe(0);
        ShouldHaveNoConsoleErrors();
    }
}
