using Microsoft.Playwright;

namespace WorkflowAgency.E2E.Tests.Designer;

/// <summary>
/// Real mouse gestures on the designer canvas: pressing, moving in steps and releasing, as a person does. Chromium turns
/// them into the HTML5 drag-and-drop events the palette uses, and React Flow into connections between ports.
/// </summary>
internal static class CanvasGestures
{
    /// <summary>Waits for the canvas to show <paramref name="node"/> and to finish fitting the view after a change of view.</summary>
    public static async Task SettleAsync(IPage page, string node)
    {
        await page.GetByTestId(node).WaitForAsync();
        // The designer fits the view shortly after switching between the process and a stage; let that happen first.
        await page.WaitForTimeoutAsync(400);
    }

    /// <summary>Drags a palette item onto the canvas at (<paramref name="x"/>, <paramref name="y"/>) from the canvas's top-left corner.</summary>
    public static async Task DropFromPaletteAsync(IPage page, string item, int x, int y)
    {
        var canvas = await BoxAsync(page.GetByTestId("canvas"));
        await DragAsync(page, page.GetByTestId($"palette-{item}"), canvas.X + x, canvas.Y + y);
    }

    /// <summary>Drags from one port (a React Flow handle) to another.</summary>
    public static async Task ConnectAsync(IPage page, string fromPort, string toPort)
    {
        var target = await BoxAsync(page.GetByTestId(toPort));
        await DragAsync(page, page.GetByTestId(fromPort), target.X + target.Width / 2, target.Y + target.Height / 2);
    }

    private static async Task DragAsync(IPage page, ILocator source, float toX, float toY)
    {
        var from = await BoxAsync(source);
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + from.Height / 2 + 5, new() { Steps = 2 });
        await page.Mouse.MoveAsync(toX, toY, new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await locator.WaitForAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} has no box on screen");
    }
}
