using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Shell;

public sealed class SignInTests : BrowserTest
{
    [Fact]
    public async Task a_wrong_password_is_refused_on_the_sign_in_page()
    {
        var page = await OpenAsync();
        await page.GetByLabel("User name").FillAsync("ops");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe("Wrong user name or password.");
        await ScreenshotAsync(page, "sign-in-refused");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task operations_staff_land_on_processes_and_see_no_kpis()
    {
        var page = await SignInAsync("ops");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        (await nav.GetByRole(AriaRole.Link).AllTextContentsAsync()).ShouldBe(["Inbox", "Engagements", "Processes", "Templates"], ignoreOrder: true);
        page.Url.ShouldEndWith("/processes");
        await ScreenshotAsync(page, "ops-home");
        ShouldHaveNoConsoleErrors();
    }

    [Fact]
    public async Task account_staff_land_on_their_inbox_and_keep_their_session_after_a_reload()
    {
        var page = await SignInAsync("account1");
        page.Url.ShouldEndWith("/inbox");

        await page.ReloadAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Inbox" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllTextContentsAsync())
            .ShouldNotContain("Processes");
        ShouldHaveNoConsoleErrors();
    }
}
