using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Designer;

/// <summary>Scenario 3: the template editor's live preview, rendered by the server.</summary>
public sealed class TemplateEditorTests : BrowserTest
{
    public TemplateEditorTests() => DesignerExpectations.Use();

    [Fact]
    public async Task the_template_editor_previews_a_rendered_proposal_and_marks_an_error_at_its_line()
    {
        var page = await SignInAsync("ops");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Templates" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Templates" }).GetByRole(AriaRole.Link, new() { Name = "proposal", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/templates/documents/proposal$"));

        var preview = page.FrameLocator("iframe[title='Rendered preview']");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("Everyday Range Spring Relaunch");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("Greenleaf Home Goods Ltd");
        await ScreenshotAsync(page, "01-proposal-preview");

        var source = page.GetByLabel("HTML source");
        await source.FillAsync("<h1>{{ project_name }}</h1>\n<p>{{ no_such_variable }}</p>");
        await Assertions.Expect(page.GetByTestId("template-error")).ToContainTextAsync("line 2");
        await page.GetByTestId("error-line-2").WaitForAsync();
        await ScreenshotAsync(page, "02-error-at-line");

        await source.FillAsync("<h1>Proposal: {{ project_name }}</h1>");
        await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync("Proposal: Everyday Range Spring Relaunch");
        await Assertions.Expect(page.GetByTestId("template-error")).ToHaveCountAsync(0);
        ShouldHaveNoConsoleErrors();
    }
}
