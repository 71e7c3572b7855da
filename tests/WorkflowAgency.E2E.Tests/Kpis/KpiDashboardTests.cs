using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Kpis;

public sealed class KpiDashboardTests : BrowserTest
{
    public KpiDashboardTests() => Server.Settings["Seed:DemoHistory"] = "true";

    [Fact]
    public async Task a_manager_sees_the_kpis_and_their_charts_over_the_demo_history()
    {
        var page = await SignInAsync("manager");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "KPIs" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Last 12 months" }).ClickAsync();

        var cards = page.GetByRole(AriaRole.Region, new() { Name = "Key figures" }).Locator("article");
        await cards.First.WaitForAsync();
        (await cards.CountAsync()).ShouldBeGreaterThanOrEqualTo(10);
        // The demo year has surveys, so NPS is a figure, with its formula on screen.
        var nps = page.Locator("[data-metric='nps']");
        (await nps.Locator(".kpi-value").TextContentAsync()).ShouldNotBe("no data");
        (await nps.Locator(".kpi-formula").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();

        // Each chart drew bars from the data (recharts renders one path per bar).
        foreach (var chart in new[] { "Time in each stage", "Open and overdue tasks per person", "Revenue assurance" })
        {
            var bars = page.GetByRole(AriaRole.Figure, new() { Name = chart }).Locator(".recharts-bar-rectangle path");
            await bars.First.WaitForAsync();
            (await bars.CountAsync()).ShouldBeGreaterThan(0, chart);
        }
        await page.GetByRole(AriaRole.Heading, new() { Name = "Per person" }).WaitForAsync();
        await ScreenshotAsync(page, "01-dashboard-demo-year");

        await page.GetByLabel("Account person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alex Account" });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Per person" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await ScreenshotAsync(page, "02-dashboard-one-person");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task account_staff_see_their_own_kpis_without_the_per_person_breakdown()
    {
        var page = await SignInAsync("account1");
        await page.GotoAsync("/kpis");

        await page.GetByRole(AriaRole.Region, new() { Name = "Key figures" }).Locator("article").First.WaitForAsync();
        (await page.GetByLabel("Account person", new() { Exact = true }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Per person" }).CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "03-dashboard-account");
        ShouldHaveNoConsoleErrors();
    }
}
