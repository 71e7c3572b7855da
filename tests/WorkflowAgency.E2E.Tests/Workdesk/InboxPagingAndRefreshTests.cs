using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Workdesk;

/// <summary>
/// The inbox of someone with a lot to do: pages through the list with the keyboard, and sees what colleagues do
/// (a task handed to them, a task completed or taken under their nose) without reloading the page.
/// </summary>
public sealed partial class InboxPagingAndRefreshTests : BrowserTest
{
    private const string RefreshSecondsKey = "workflowagency.inbox.refreshSeconds";

    [Fact]
    public async Task a_user_with_more_than_a_page_of_tasks_pages_through_them_keeping_the_filter_and_the_open_task()
    {
        var page = await SignInAsync("account1");
        using (var account1 = await StaffClient.SignInAsync(BaseUrl, "account1"))
        {
            for (var i = 1; i <= 55; i++)
                await account1.HandoffAsync($"Client {i:00}");
        }

        await page.GotoAsync("/inbox");
        var tasks = Tasks(page);
        var label = tasks.GetByTestId("page-label");
        await Assertions.Expect(label).ToHaveTextAsync("1–50 of 55");
        (await tasks.GetByRole(AriaRole.Link).CountAsync()).ShouldBe(50);

        // A filter and an open task, then the next page with the keyboard: both are kept.
        // A click, not CheckAsync: the radio follows the address, which the router changes in a transition, so
        // right after the click it may not be checked yet (CheckAsync then fails); the expectation waits for it.
        var assignedToMe = page.GetByLabel("Assigned to me");
        await assignedToMe.ClickAsync();
        await Assertions.Expect(assignedToMe).ToBeCheckedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/inbox\?show=mine$"));
        var first = tasks.GetByRole(AriaRole.Link).First;
        var firstTitle = await first.Locator(".task-title").TextContentAsync();
        await first.ClickAsync();
        var openTask = page.GetByRole(AriaRole.Region, new() { Name = firstTitle! });
        await openTask.GetByLabel("Wants and needs").FillAsync("Half a thought");

        var next = tasks.GetByRole(AriaRole.Button, new() { Name = "Next page" });
        await next.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(label).ToHaveTextAsync("51–55 of 55");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/inbox/[0-9a-f-]{36}\?show=mine&page=2$"));
        await Assertions.Expect(tasks.GetByRole(AriaRole.Link)).ToHaveCountAsync(5);
        await Assertions.Expect(tasks.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        (await openTask.GetByLabel("Wants and needs").InputValueAsync()).ShouldBe("Half a thought");
        await Assertions.Expect(page.GetByLabel("Assigned to me")).ToBeCheckedAsync();
        // At the end the button says it is off but keeps the focus, so the keyboard user is not thrown to the top.
        await Assertions.Expect(next).ToHaveAttributeAsync("aria-disabled", "true");
        await Assertions.Expect(next).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(label).ToHaveTextAsync("51–55 of 55");
        await ScreenshotAsync(page, "1-second-page");

        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(tasks.GetByRole(AriaRole.Button, new() { Name = "Previous page" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(label).ToHaveTextAsync("1–50 of 55");
        await Assertions.Expect(tasks.GetByRole(AriaRole.Link, new() { Name = firstTitle! })).ToHaveAttributeAsync("aria-current", "page");
        await ScreenshotAsync(page, "2-back-on-the-first-page");

        // Scrolled to the end of the list, the count and the buttons are still at hand.
        await tasks.EvaluateAsync("pane => { pane.scrollTop = pane.scrollHeight; }");
        await Assertions.Expect(tasks.GetByRole(AriaRole.Link).Last).ToBeInViewportAsync();
        await Assertions.Expect(next).ToBeInViewportAsync();
        await ScreenshotAsync(page, "3-first-page-scrolled");
        await next.ClickAsync();
        await Assertions.Expect(label).ToHaveTextAsync("51–55 of 55");
        (await tasks.EvaluateAsync<int>("pane => pane.scrollTop")).ShouldBe(0);

        // A reload keeps the page the reader was on.
        await page.ReloadAsync();
        await Assertions.Expect(label).ToHaveTextAsync("51–55 of 55");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task a_task_handed_to_the_user_by_a_colleague_appears_in_the_open_inbox_without_a_reload()
    {
        var page = await SignInAsync("account1");
        using var account2 = await StaffClient.SignInAsync(BaseUrl, "account2");
        await account2.HandoffAsync("Contoso Coffee");
        await RefreshEverySecondAsync(page);

        var tasks = Tasks(page);
        await tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Contoso Coffee" }).ClickAsync();
        var needs = page.GetByLabel("Wants and needs");
        await needs.FillAsync("Typed before the refresh");
        await page.EvaluateAsync("() => { window.inboxNeverReloaded = true; }");

        await account2.HandoffAsync("Globex");
        var arrived = tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Globex" });
        await arrived.WaitForAsync();
        await Assertions.Expect(arrived.GetByText("New", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(tasks.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 new task");
        await Assertions.Expect(tasks.GetByTestId("page-label")).ToHaveTextAsync("1–2 of 2");
        (await page.EvaluateAsync<bool>("() => window.inboxNeverReloaded === true")).ShouldBeTrue("the page was reloaded");
        (await needs.InputValueAsync()).ShouldBe("Typed before the refresh");
        await ScreenshotAsync(page, "new-task-arrived");

        // Opened, it is no longer new.
        await arrived.ClickAsync();
        await Assertions.Expect(tasks.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        await Assertions.Expect(arrived.GetByText("New", new() { Exact = true })).ToHaveCountAsync(0);
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task a_task_completed_by_someone_else_while_open_says_who_completed_it_and_leaves_the_list()
    {
        var page = await SignInAsync("account1");
        using var account1 = await StaffClient.SignInAsync(BaseUrl, "account1");
        var engagement = await account1.HandoffAsync("Initech");
        await account1.HandoffAsync("Umbrella");
        // No refresh in between: the reader learns it from the server's refusal when they submit.
        await page.EvaluateAsync("key => localStorage.setItem(key, '3600')", RefreshSecondsKey);
        await page.GotoAsync("/inbox");

        var tasks = Tasks(page);
        await tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Initech" }).ClickAsync();
        var needs = page.GetByLabel("Wants and needs");
        await needs.FillAsync("A new website");

        using (var manager = await StaffClient.SignInAsync(BaseUrl, "manager"))
            await manager.CompleteTaskAsync(await account1.OpenTaskOfAsync(engagement), new JsonObject { ["needs"] = "Decided by the manager" });

        await page.GetByRole(AriaRole.Group, new() { Name = "Outcome" }).GetByRole(AriaRole.Button).First.ClickAsync();
        var alert = page.GetByRole(AriaRole.Region, new() { Name = "Contact Ada Lovelace (Initech) and learn their needs" }).GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Already completed by manager on ");
        await Assertions.Expect(alert).ToContainTextAsync("What you entered here was not saved.");
        (await needs.InputValueAsync()).ShouldBe("A new website");
        await Assertions.Expect(needs).ToBeDisabledAsync();
        // The list refreshed: the task is gone, and the one the manager's completion made for the brief is there.
        await Assertions.Expect(tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Contact Ada Lovelace (Initech)" })).ToHaveCountAsync(0);
        await tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Capture the brief for Initech" }).WaitForAsync();
        await ScreenshotAsync(page, "completed-by-someone-else");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task a_group_task_a_colleague_takes_while_open_says_so_on_the_next_refresh()
    {
        var page = await SignInAsync("account1");
        using var account2 = await StaffClient.SignInAsync(BaseUrl, "account2");
        var engagement = await account2.HandoffAsync("Hooli", owner: null);
        await RefreshEverySecondAsync(page);

        var tasks = Tasks(page);
        await tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Hooli" }).ClickAsync();
        await page.GetByLabel("Wants and needs").FillAsync("Mine, I thought");
        await account2.ClaimAsync(await account2.OpenTaskOfAsync(engagement));

        var pane = page.GetByRole(AriaRole.Region, new() { Name = "Contact Ada Lovelace (Hooli) and learn their needs" });
        await Assertions.Expect(pane.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("^Taken by account2: only they can work on it now\\."));
        await Assertions.Expect(pane.GetByRole(AriaRole.Group, new() { Name = "Outcome" })).ToHaveCountAsync(0);
        (await page.GetByLabel("Wants and needs").InputValueAsync()).ShouldBe("Mine, I thought");
        await Assertions.Expect(tasks.GetByRole(AriaRole.Link).Filter(new() { HasText = "Hooli" })).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "taken-by-a-colleague");
        ShouldHaveNoConsoleErrors();
    }

    private static ILocator Tasks(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Tasks" });

    /// <summary>Opens the inbox refreshing every second instead of every 20, so the test need not wait.</summary>
    private static async Task RefreshEverySecondAsync(IPage page)
    {
        await page.EvaluateAsync("key => localStorage.setItem(key, '1')", RefreshSecondsKey);
        await page.GotoAsync("/inbox");
    }
}
