using Microsoft.Playwright;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Infrastructure;

/// <summary>
/// One server, one fresh Chromium profile and one page per test. Collects what would be a console error for a user
/// (script errors, <c>console.error</c>, 5xx answers) so a test can assert there were none, and saves screenshots
/// under <c>TestResults/screenshots</c> as well as attaching them to the test result.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private readonly List<string> _problems = [];
    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private string? _profile;

    protected BrowserServer Server { get; } = new();

    protected Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything a user would see as an error so far: script errors, console errors and 5xx responses.</summary>
    protected IReadOnlyList<string> Problems => _problems;

    /// <summary>Starts the server and the browser and returns a page on the sign-in screen.</summary>
    protected async Task<IPage> OpenAsync()
    {
        Chromium.Require();
        BaseUrl = Server.Start();
        _playwright = await Playwright.CreateAsync();
        _profile = Path.Combine(Server.Folder, "chromium-profile");
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Arguments,
            Headless = true,
            BaseURL = BaseUrl.ToString(),
            // A laptop screen: the pages must fit it.
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        _context.SetDefaultTimeout(15_000);
        var page = _context.Pages.Count > 0 ? _context.Pages[0] : await _context.NewPageAsync();
        Watch(page);
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>Opens the app and signs in as one of the demo users (admin, ops, account1, manager, …).</summary>
    protected async Task<IPage> SignInAsync(string userName)
    {
        var page = await OpenAsync();
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(BrowserServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).WaitForAsync();
        return page;
    }

    /// <summary>Saves a full-page screenshot named after the test class and <paramref name="name"/>, and attaches it.</summary>
    protected async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Repository.Root, "TestResults", "screenshots", GetType().Name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
        TestContext.Current.SendDiagnosticMessage($"screenshot: {path}");
    }

    /// <summary>Fails when the page logged a script error, a console error or got a 5xx answer.</summary>
    protected void ShouldHaveNoConsoleErrors() =>
        _problems.ShouldBeEmpty("the page reported errors:\n" + string.Join('\n', _problems));

    private void Watch(IPage page)
    {
        page.PageError += (_, error) => _problems.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            // A 4xx the app handles (a validation error it shows, the 401 that means "not signed in yet") is logged by
            // Chromium as a failed resource load; it is not an error the user sees. 5xx answers are caught below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
                _problems.Add("console error: " + message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                _problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
