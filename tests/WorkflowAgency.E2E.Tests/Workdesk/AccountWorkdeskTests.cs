using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Workdesk;

/// <summary>Scenario 2 of the web app: account staff start an engagement and work its first task through the inbox.</summary>
public sealed partial class AccountWorkdeskTests : BrowserTest
{
    [Fact]
    public async Task account_staff_hand_off_a_client_work_the_first_task_and_see_the_engagement_move_on()
    {
        var page = await SignInAsync("account1");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        // The handoff: the server's field errors are shown next to the fields, then the engagement starts.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Engagements" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New engagement" }).ClickAsync();
        await page.GetByLabel("Contact name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Company").FillAsync("Contoso Coffee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start engagement" }).ClickAsync();
        await ShouldDescribeAsync(page.GetByLabel("Email"), "The client's email is required");
        (await page.GetByLabel("Company").GetAttributeAsync("aria-invalid")).ShouldBeNull();
        await ScreenshotAsync(page, "1-handoff-with-errors");

        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Budget").FillAsync("30000");
        await page.GetByLabel("Notes from Sales").FillAsync("Signed at the trade fair");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start engagement" }).ClickAsync();
        await ShouldBeOnAnEngagementAsync(page);
        (await page.GetByTestId("current-stage").TextContentAsync()).ShouldBe("Handoff");
        await page.GetByText("Entered stage Handoff").WaitForAsync();
        await ScreenshotAsync(page, "2-engagement-at-handoff");

        // The first task, in the inbox.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Inbox" }).ClickAsync();
        var tasks = page.GetByRole(AriaRole.Region, new() { Name = "Tasks" });
        await tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Contoso Coffee" }).First.ClickAsync();
        var needs = page.GetByLabel("Wants and needs");
        await needs.WaitForAsync();
        (await page.GetByLabel("Indicative budget").InputValueAsync()).ShouldBe("30000");
        await page.GetByLabel("Add a comment").FillAsync("Calling her on Monday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Comments" }).GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = "Calling her on Monday" }).WaitForAsync();
        await ScreenshotAsync(page, "3-inbox-task");

        // Submitted without the required field: the server's message is shown at the field.
        var done = page.GetByRole(AriaRole.Group, new() { Name = "Outcome" }).GetByRole(AriaRole.Button).First;
        await done.ClickAsync();
        await ShouldDescribeAsync(needs, "Wants and needs is required");
        await ScreenshotAsync(page, "4-inbox-task-with-errors");

        await needs.FillAsync("More leads from the website; launch before the summer.");
        await done.ClickAsync();
        var status = page.GetByRole(AriaRole.Status);
        await status.GetByText("is now in stage brief").WaitForAsync();
        await ScreenshotAsync(page, "5-inbox-after-completing");

        // The engagement page shows the next stage, and the path taken to it.
        await status.GetByRole(AriaRole.Link, new() { Name = "Open the engagement" }).ClickAsync();
        await ShouldBeOnAnEngagementAsync(page);
        (await page.GetByTestId("current-stage").TextContentAsync()).ShouldBe("Brief");
        await page.GetByText("Entered stage Brief").WaitForAsync();
        await page.GetByText("Completed: Contact Ada Lovelace (Contoso Coffee) and learn their needs").WaitForAsync();
        (await page.Locator(".react-flow__node .graph-stage.current").TextContentAsync()).ShouldStartWith("Brief");
        (await page.Locator(".react-flow__node .graph-stage.visited").TextContentAsync()).ShouldStartWith("Handoff");
        (await page.Locator(".react-flow__edge.taken").GetAttributeAsync("data-id")).ShouldBe("handoff->brief");
        await ScreenshotAsync(page, "6-engagement-at-brief");

        await FitsTheScreenAsync(page);
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task the_engagement_list_filters_by_client_and_links_to_the_engagement()
    {
        var page = await SignInAsync("account1");
        foreach (var company in new[] { "Northwind Traders", "Wide World Importers" })
        {
            await page.GotoAsync("/engagements/new");
            await page.GetByLabel("Contact name").FillAsync("Ada Lovelace");
            await page.GetByLabel("Company").FillAsync(company);
            await page.GetByLabel("Email").FillAsync("ada@example.com");
            await page.GetByRole(AriaRole.Button, new() { Name = "Start engagement" }).ClickAsync();
            await ShouldBeOnAnEngagementAsync(page);
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Engagements" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await rows.Filter(new() { HasText = "Northwind Traders" }).WaitForAsync();
        (await rows.CountAsync()).ShouldBe(3);
        await ScreenshotAsync(page, "engagement-list");

        await page.GetByLabel("Client").FillAsync("wide world");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("client=wide"), new() { Timeout = 15_000 });
        await rows.Filter(new() { HasText = "Northwind Traders" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await rows.CountAsync()).ShouldBe(2);
        await ScreenshotAsync(page, "engagement-list-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wide World Importers" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Wide World Importers");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task a_task_offered_to_the_account_team_is_claimed_and_given_back()
    {
        var page = await SignInAsync("account1");
        await page.GotoAsync("/engagements/new");
        await page.GetByLabel("Contact name").FillAsync("Grace Hopper");
        await page.GetByLabel("Company").FillAsync("Fabrikam");
        await page.GetByLabel("Email").FillAsync("grace@example.com");
        await page.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "The account team" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start engagement" }).ClickAsync();
        await ShouldBeOnAnEngagementAsync(page);

        await page.GotoAsync("/inbox?show=group:account");
        await page.GetByRole(AriaRole.Region, new() { Name = "Tasks" }).GetByRole(AriaRole.Link).Filter(new() { HasText = "Fabrikam" }).ClickAsync();
        var task = page.GetByRole(AriaRole.Region, new() { Name = "Contact Grace Hopper (Fabrikam) and learn their needs" });
        await task.GetByText("Offered to group account").WaitForAsync();

        await task.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await task.GetByText("Claimed by account1").WaitForAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Tasks" }).GetByText("claimed by account1").WaitForAsync();
        await ScreenshotAsync(page, "inbox-claimed-task");

        await task.GetByRole(AriaRole.Button, new() { Name = "Unclaim" }).ClickAsync();
        await task.GetByText("Offered to group account").WaitForAsync();

        // Claimed again and handed to a colleague: it leaves this inbox's group view for theirs.
        await task.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await task.GetByLabel("Give to").SelectOptionAsync("account2");
        await task.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();
        await task.GetByText("Assigned to account2").WaitForAsync();
        (await task.GetByRole(AriaRole.Button, new() { Name = "Done" }).CountAsync()).ShouldBe(0);
        ShouldHaveNoConsoleErrors();
    }

    /// <summary>The control's accessible description (its error and hint) includes <paramref name="message"/>.</summary>
    private static async Task ShouldDescribeAsync(ILocator control, string message)
    {
        await Assertions.Expect(control).ToHaveAttributeAsync("aria-invalid", "true");
        var ids = (await control.GetAttributeAsync("aria-describedby"))!.Split(' ');
        var texts = new List<string>();
        foreach (var id in ids)
            texts.Add(await control.Page.Locator($"[id='{id}']").TextContentAsync() ?? "");
        string.Join(" ", texts).ShouldContain(message);
    }

    /// <summary>Nothing sticks out sideways on a 1440×900 laptop screen.</summary>
    private static async Task FitsTheScreenAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
    }

    /// <summary>The app moved (in the page, without a load) to an engagement's page.</summary>
    private static Task ShouldBeOnAnEngagementAsync(IPage page) =>
        Assertions.Expect(page).ToHaveURLAsync(EngagementPath(), new() { Timeout = 15_000 });

    [GeneratedRegex("/engagements/[0-9a-f-]{36}$")]
    private static partial Regex EngagementPath();
}
