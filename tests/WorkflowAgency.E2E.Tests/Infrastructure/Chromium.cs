namespace WorkflowAgency.E2E.Tests.Infrastructure;

/// <summary>Finds the system Chromium the tests drive; Playwright's own browser downloads are never used.</summary>
internal static class Chromium
{
    /// <summary>The flags that let Debian's Chromium run headless in a container without reaching the internet.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The executable: <c>WORKFLOWAGENCY_CHROMIUM</c> when set, otherwise Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("WORKFLOWAGENCY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Skips the calling test when Chromium is missing, or fails it under CI, where a skip would hide a broken setup.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
            return;
        var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium, or set WORKFLOWAGENCY_CHROMIUM)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(reason + "; CI must install it (.ci/run does)");
        Assert.Skip(reason);
    }
}
