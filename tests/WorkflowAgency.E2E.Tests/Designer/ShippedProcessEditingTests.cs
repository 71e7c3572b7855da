using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Designer;

/// <summary>Editing the shipped process: keyboard copy/paste, delete and undo, a property change, and the diff between versions.</summary>
public sealed class ShippedProcessEditingTests : BrowserTest
{
    public ShippedProcessEditingTests() => DesignerExpectations.Use();

    [Fact]
    public async Task ops_changes_a_step_of_the_shipped_process_with_keyboard_edits_undone_and_sees_the_change_in_the_version_diff()
    {
        var page = await SignInAsync("ops");
        await page.GetByRole(AriaRole.Link, new() { Name = "Client engagement" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/processes/client-engagement$"));
        await CanvasGestures.SettleAsync(page, "stage-node-aftercare");
        await ScreenshotAsync(page, "01-shipped-process");

        await page.GetByTestId("stage-node-proposal").DblClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stages/proposal$"));
        await CanvasGestures.SettleAsync(page, "step-node-review");
        await ScreenshotAsync(page, "02-proposal-stage");

        await page.GetByTestId("step-node-review").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-due")).ToHaveValueAsync("P1D");
        await page.Locator("#prop-due").FillAsync("P2D");

        // Copy and paste a step, delete the copy, then undo the delete and the paste.
        await page.GetByTestId("step-node-render").ClickAsync();
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+v");
        var copy = page.GetByTestId("step-node-render-1");
        await copy.WaitForAsync();
        await ScreenshotAsync(page, "03-pasted-step");
        await page.Keyboard.PressAsync("Delete");
        await copy.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Keyboard.PressAsync("Control+z");
        await copy.WaitForAsync();
        await page.Keyboard.PressAsync("Control+z");
        await copy.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await page.GetByTestId("step-node-review").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-due")).ToHaveValueAsync("P2D");
        await Assertions.Expect(page.GetByTestId("problem-count")).ToHaveTextAsync("0");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        await page.GetByLabel("Note (what changed)").FillAsync("Managers get two days to review a proposal");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Published version 2");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await page.GetByLabel("From").SelectOptionAsync("1");
        await page.GetByLabel("To").SelectOptionAsync("2");
        var differences = page.GetByRole(AriaRole.List, new() { Name = "Differences" });
        await Assertions.Expect(differences.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Assertions.Expect(differences).ToContainTextAsync("stage proposal › step review");
        await Assertions.Expect(differences).ToContainTextAsync("P1D");
        await Assertions.Expect(differences).ToContainTextAsync("P2D");
        await Assertions.Expect(page.GetByTestId("version-2").GetByTestId("version-note")).ToHaveTextAsync("Managers get two days to review a proposal");
        await ScreenshotAsync(page, "04-version-diff");
        ShouldHaveNoConsoleErrors();
    }
}
