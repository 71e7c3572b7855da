using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Workdesk;

public sealed class InvoicePanelTests : BrowserTest
{
    [Fact]
    public async Task account_staff_record_an_invoice_and_its_payment_on_the_engagement_page()
    {
        var page = await SignInAsync("account1");
        using var account1 = await StaffClient.SignInAsync(BaseUrl, "account1");
        var id = await account1.HandoffAsync("Fabrikam");
        await page.GotoAsync($"/engagements/{id}");
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Invoices and payments" });
        await panel.GetByText("No invoices yet.").WaitForAsync();

        // No amount: the server names the field and nothing is recorded.
        await panel.GetByLabel("Invoice number").FillAsync("INV-1001");
        await panel.GetByLabel("Due on").FillAsync("2027-01-15");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record invoice" }).ClickAsync();
        await panel.Locator(".field-error").First.WaitForAsync();
        (await panel.GetByRole(AriaRole.Row).CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "01-invoice-missing-amount");

        await panel.GetByLabel("Amount", new() { Exact = true }).FillAsync("1200");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record invoice" }).ClickAsync();
        await panel.GetByRole(AriaRole.Rowheader, new() { Name = "INV-1001" }).WaitForAsync();

        await panel.GetByLabel("Amount received for INV-1001").FillAsync("1200");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await panel.GetByText("paid ").WaitForAsync();
        await ScreenshotAsync(page, "02-invoice-paid");
        ShouldHaveNoConsoleErrors();
    }
}
