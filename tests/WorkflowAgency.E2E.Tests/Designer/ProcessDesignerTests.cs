using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Designer;

/// <summary>Scenario 1: operations staff design a two-stage process on the canvas and publish it.</summary>
public sealed class ProcessDesignerTests : BrowserTest
{
    public ProcessDesignerTests() => DesignerExpectations.Use();

    [Fact]
    public async Task ops_builds_a_two_stage_process_by_dragging_and_connecting_fixes_a_node_error_and_publishes_version_1()
    {
        var page = await SignInAsync("ops");
        await page.GetByRole(AriaRole.Table, new() { Name = "Processes" }).WaitForAsync();
        await ScreenshotAsync(page, "01-process-list");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Quick onboarding");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create process" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/processes/quick-onboarding$"));
        await CanvasGestures.SettleAsync(page, "canvas");

        // Two stages, dragged from the palette onto the process canvas.
        await CanvasGestures.DropFromPaletteAsync(page, "stage", 200, 200);
        await page.GetByTestId("stage-node-stage-1").WaitForAsync();
        await CanvasGestures.DropFromPaletteAsync(page, "stage", 600, 200);
        await page.GetByTestId("stage-node-stage-2").WaitForAsync();
        await ScreenshotAsync(page, "02-two-stages");

        // Stage 1: a task and an email, connected; the task has no title yet, which the node shows.
        await page.GetByTestId("stage-node-stage-1").DblClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/processes/quick-onboarding/stages/stage-1$"));
        await CanvasGestures.SettleAsync(page, "canvas");
        await CanvasGestures.DropFromPaletteAsync(page, "humanTask", 250, 250);
        await page.GetByTestId("step-node-human-task-1").WaitForAsync();
        await CanvasGestures.DropFromPaletteAsync(page, "sendEmail", 650, 250);
        await page.GetByTestId("step-node-send-email-1").WaitForAsync();
        await CanvasGestures.ConnectAsync(page, "port-human-task-1-out", "port-send-email-1-in");
        await page.Locator(".react-flow__edge").First.WaitForAsync();

        await page.Locator("#prop-template").SelectOptionAsync("emails/welcome");
        await page.Locator("#prop-end").FillAsync("done");
        var taskProblems = page.GetByTestId("problems-human-task-1");
        await taskProblems.WaitForAsync();
        await ScreenshotAsync(page, "03-stage-with-node-error");

        // Choosing the problem in the list selects the node it is about; giving the task a title fixes it.
        await page.GetByTestId("problem").Filter(new() { HasText = "needs a title" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Task: human-task-1" }).WaitForAsync();
        await page.Locator("#prop-title").FillAsync("Call {{ client.name }}");
        await page.Locator("#prop-assignee").FillAsync("role:account");
        await page.Locator("#prop-due").FillAsync("P1D");
        await taskProblems.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await ScreenshotAsync(page, "04-node-error-fixed");

        // Stage 2: a timer that ends the stage.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Quick onboarding" }).ClickAsync();
        await CanvasGestures.SettleAsync(page, "stage-node-stage-2");
        await page.GetByTestId("stage-node-stage-2").DblClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stages/stage-2$"));
        await CanvasGestures.SettleAsync(page, "canvas");
        await CanvasGestures.DropFromPaletteAsync(page, "timer", 300, 250);
        await page.GetByTestId("step-node-timer-1").WaitForAsync();
        await page.Locator("#prop-duration").FillAsync("P2D");
        await page.Locator("#prop-end").FillAsync("finished");

        // Back on the process canvas: connect the stages' outcomes, the second to a finish marker.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Quick onboarding" }).ClickAsync();
        await CanvasGestures.SettleAsync(page, "stage-node-stage-2");
        await CanvasGestures.ConnectAsync(page, "port-stage-1-outcome:done", "port-stage-2-in");
        await CanvasGestures.DropFromPaletteAsync(page, "finish", 500, 640);
        await page.GetByTestId("finish-node-completed").WaitForAsync();
        await CanvasGestures.ConnectAsync(page, "port-stage-2-outcome:finished", "port-finish:completed-in");
        await ScreenshotAsync(page, "05-process-connected");
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);

        await Assertions.Expect(page.GetByTestId("problem-count")).ToHaveTextAsync("0");
        await ScreenshotAsync(page, "06-process-ready");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        await page.GetByLabel("Note (what changed)").FillAsync("First version: call, welcome, wait two days");
        await ScreenshotAsync(page, "07-publish-dialog");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Published version 1");

        var response = await page.APIRequest.GetAsync("/api/definitions/quick-onboarding");
        using var detail = JsonDocument.Parse(await response.TextAsync());
        var published = detail.RootElement.GetProperty("published");
        published.GetProperty("version").GetProperty("version").GetInt32().ShouldBe(1);
        published.GetProperty("version").GetProperty("note").GetString().ShouldBe("First version: call, welcome, wait two days");
        var definition = published.GetProperty("definition");
        definition.GetProperty("transitions").GetArrayLength().ShouldBe(2);
        definition.GetProperty("stages")[0].GetProperty("steps")[0].GetProperty("next").GetString().ShouldBe("send-email-1");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Processes" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("process-row-quick-onboarding").GetByTestId("process-status")).ToContainTextAsync("published version 1");
        await ScreenshotAsync(page, "08-list-published");

        await page.GetByTestId("process-row-quick-onboarding").GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("version-1").GetByTestId("version-note")).ToHaveTextAsync("First version: call, welcome, wait two days");
        await ScreenshotAsync(page, "09-history");
        ShouldHaveNoConsoleErrors();
    }
}
