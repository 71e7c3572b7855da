using System.Diagnostics;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.WebApp;

/// <summary>
/// Runs the web app's own unit tests (Vitest: graph ⇄ definition mapping, forms, diffs, KPI formatting) as part of
/// <c>dotnet test</c>, so the README's one test command covers the TypeScript too.
/// </summary>
public sealed class VitestSuiteTests
{
    [Fact]
    public async Task the_web_app_unit_tests_pass()
    {
        var designer = Path.Combine(Repository.Root, "designer");
        // The server build ran `npm ci` for the web app; without node_modules there is nothing to run the tests with.
        File.Exists(Path.Combine(designer, "node_modules", ".package-lock.json"))
            .ShouldBeTrue("designer/node_modules is missing: building the Server project installs it (npm ci)");

        var start = new ProcessStartInfo("npx", "vitest run --reporter=dot")
        {
            WorkingDirectory = designer,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var text = await output + await errors;
        TestContext.Current.SendDiagnosticMessage(text);
        process.ExitCode.ShouldBe(0, "vitest failed:\n" + text);
        text.ShouldContain("passed");
    }
}
