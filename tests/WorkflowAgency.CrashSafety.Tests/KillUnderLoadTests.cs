using System.Globalization;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;
using WorkflowAgency.CrashSafety.Tests.Load;
using WorkflowAgency.CrashSafety.Tests.Verification;
using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests;

/// <summary>
/// The server process is killed with SIGKILL at random moments while staff hand clients over and complete tasks over
/// HTTP and the outbox worker sends to a real SMTP server; after each restart on the same SQLite file the store
/// and the mailbox are audited against everything the clients were told (<see cref="StoreAudit"/>).
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class KillUnderLoadTests(ITestOutputHelper output)
{
    private const int Rounds = 4;
    private const int Workers = 6;

    [Fact]
    public async Task a_server_killed_under_load_loses_no_acknowledged_work_and_delivers_every_committed_email_and_no_other()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        await using var smtp = await TestSmtpServer.StartNewAsync();
        await using var server = new ServerProcess(ServerSettings.Smtp(smtp.Port));
        var ledger = new LoadLedger();
        var driver = new LoadDriver(ledger, Workers, seed);
        var audit = new StoreAudit(server, ledger, smtp);
        await server.StartAsync();
        var acknowledged = 0;

        for (var round = 1; round <= Rounds; round++)
        {
            using (var staff = await Staff.SignInAsync(server))
            using (var stop = new CancellationTokenSource())
            {
                var load = driver.RunAsync(staff, round, stop.Token);
                // A random moment measured in progress, then in time: however slow the machine, the load is well
                // under way (requests, commits and sends in flight) when the kill lands.
                var progress = random.Next(10, 60);
                var extra = random.Next(0, 500);
                await UntilAsync(() => ledger.AcknowledgedCount >= acknowledged + progress || load.IsCompleted, TimeSpan.FromSeconds(60));
                await Task.Delay(extra);
                driver.Stopping = true;
                server.Kill();
                await stop.CancelAsync();
                await load;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: killed {extra} ms after the {progress}th acknowledgement of the round ({ledger.AcknowledgedCount - acknowledged} in all)"));
                acknowledged = ledger.AcknowledgedCount;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await server.StartAsync();
            var restarted = clock.Elapsed;
            var report = await audit.RunAsync(maxDuplicates: round, settleTimeout: TimeSpan.FromSeconds(40));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: restarted in {restarted.TotalSeconds:0.0} s, audited in {(clock.Elapsed - restarted).TotalSeconds:0.0} s: {report}"));
            report.Problems.ShouldBeEmpty(Describe(report, server));
            foreach (var orphan in await audit.OrphansAsync())
                driver.Adopt(orphan);
        }

        ledger.Completions.Count(c => c.Result == Outcome.Acknowledged).ShouldBeGreaterThan(Rounds * 10, "the load hardly ran: " + server.RecentOutput);
        server.Failures.ShouldBeEmpty(server.RecentOutput);
    }

    private static async Task UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < timeout)
            await Task.Delay(10);
    }

    private static string Describe(AuditReport report, ServerProcess server) =>
        string.Join(Environment.NewLine, report.Problems.Take(25)) + Environment.NewLine + "server output:" + Environment.NewLine + server.RecentOutput;
}
