using Microsoft.Playwright;

namespace WorkflowAgency.E2E.Tests.Designer;

/// <summary>
/// Assertion timeouts as long as the page's own (15 s, set by BrowserTest): previews and validations are server round
/// trips, and when every test project runs at once on a small machine they take longer than Playwright's 5 s default.
/// </summary>
internal static class DesignerExpectations
{
    public static void Use() => Assertions.SetDefaultExpectTimeout(15_000);
}
