using System.Globalization;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;
using WorkflowAgency.CrashSafety.Tests.Load;
using WorkflowAgency.CrashSafety.Tests.Verification;
using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests;

/// <summary>
/// The mail server goes down while the server process is under load and transitions keep committing, then comes
/// back: the outbox keeps every email, retries, and delivers each exactly once.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class SmtpOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task emails_committed_while_the_smtp_server_is_down_are_each_delivered_exactly_once_when_it_returns()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        await using var smtp = await TestSmtpServer.StartNewAsync();
        await using var server = new ServerProcess(ServerSettings.Smtp(smtp.Port));
        var ledger = new LoadLedger();
        var driver = new LoadDriver(ledger, workers: 4, seed);
        await server.StartAsync();

        using (var staff = await Staff.SignInAsync(server))
        using (var stop = new CancellationTokenSource())
        {
            var load = driver.RunAsync(staff, round: 1, stop.Token);
            await Task.Delay(1500);
            await smtp.StopAsync();
            var receivedBeforeOutage = smtp.Received.Count;
            await Task.Delay(3000);
            await stop.CancelAsync();
            await load;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{receivedBeforeOutage} emails delivered before the SMTP server went down"));
        }

        // The outbox tries what committed during the outage within a poll or two; wait until it has been refused.
        var waiting = await FailedAttemptsAsync(server);
        for (var tries = 0; waiting.Count == 0 && tries < 40; tries++)
        {
            await Task.Delay(500);
            waiting = await FailedAttemptsAsync(server);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"while it was down: {waiting.Count} emails waiting, after {waiting.Sum(w => w.Attempts)} refused attempts; e.g. \"{waiting.FirstOrDefault().LastError}\""));
        waiting.ShouldNotBeEmpty("no email was refused while the SMTP server was down, so the outage proved nothing");

        await smtp.StartAsync();
        var report = await new StoreAudit(server, ledger, smtp).RunAsync(maxDuplicates: 0, settleTimeout: TimeSpan.FromSeconds(90));
        output.WriteLine($"after it came back: {report}");
        report.Problems.ShouldBeEmpty(string.Join(Environment.NewLine, report.Problems.Take(25)) + Environment.NewLine + server.RecentOutput);
        report.EmailsReceived.ShouldBe(report.EmailsCommitted);
        server.Failures.ShouldBeEmpty(server.RecentOutput);
    }

    /// <summary>The emails still pending that the outbox has already tried and failed to send.</summary>
    private static async Task<List<(int Attempts, string? LastError)>> FailedAttemptsAsync(ServerProcess server)
    {
        using var manager = await StaffClient.SignInAsync(server, "manager");
        var waiting = new List<(int, string?)>();
        foreach (var summary in await manager.AllEngagementsAsync())
        {
            var detail = await manager.EngagementAsync(Guid.Parse(summary["id"]!.GetValue<string>()));
            waiting.AddRange(detail["emails"]!.AsArray()
                .Where(e => e!["status"]!.GetValue<string>() == "pending" && e["lastError"] is not null)
                .Select(e => (e!["attempts"]!.GetValue<int>(), e["lastError"]?.GetValue<string>())));
        }
        return waiting;
    }
}
