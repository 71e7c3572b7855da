using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Kpis;

/// <summary>The demo history, written once through the engine for the whole class (it takes a while), then examined.</summary>
public sealed class DemoHistoryTests(DemoHistoryTests.Written demo) : IClassFixture<DemoHistoryTests.Written>
{
    private static readonly string[] Stages = ["handoff", "brief", "proposal", "negotiation", "execution", "report", "payment", "aftercare"];

    [Fact]
    public void it_makes_40_clients_and_60_engagements_in_every_stage_and_finished_every_way()
    {
        demo.Result.Clients.ShouldBe(40);
        demo.Result.Engagements.ShouldBe(60);
        foreach (var stage in Stages)
            demo.Result.ByStageOrResult.GetValueOrDefault(stage).ShouldBeGreaterThan(0, stage);
        foreach (var result in new[] { "finished:lost", "finished:completed", "finished:renewed", "finished:upsold" })
            demo.Result.ByStageOrResult.GetValueOrDefault(result).ShouldBeGreaterThan(0, result);
        demo.Result.ByStageOrResult.Values.Sum().ShouldBe(60);
    }

    [Fact]
    public async Task it_has_surveys_change_rounds_late_payments_renewals_and_client_messages()
    {
        await using var db = await demo.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var journal = await db.Journal.AsNoTracking().ToListAsync();
        journal.Count(j => j.Kind == JournalEntryKind.ClientResponded && j.Data?["data"]?["recommend"] is not null).ShouldBeGreaterThan(15);
        journal.Count(j => j.Kind == JournalEntryKind.StageExited && j.Outcome == "changes-requested").ShouldBeGreaterThan(5);
        journal.Count(j => j.Kind == JournalEntryKind.TimerFired && j.Stage == "payment").ShouldBeGreaterThan(0);
        journal.Count(j => j.Kind == JournalEntryKind.SignalReceived && j.Outcome == "payment_received").ShouldBeGreaterThan(20);
        journal.Select(j => j.At).Max().ShouldBeGreaterThan(demo.Start.AddDays(390).UtcDateTime);

        await using var server = await demo.Services.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContextAsync();
        var invoices = await server.Invoices.AsNoTracking().ToDictionaryAsync(i => i.Id);
        var payments = await server.Payments.AsNoTracking().ToListAsync();
        payments.Count(p => p.ReceivedOn > invoices[p.InvoiceId].DueOn).ShouldBeGreaterThan(3);
        (await server.ClientMessages.CountAsync()).ShouldBeGreaterThan(10);
        (await server.PaymentSignals.CountAsync(s => s.Result == "delivered")).ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task every_kpi_over_its_last_365_days_has_a_value()
    {
        var manager = await demo.Factory.SignedInAsync("manager");
        var from = demo.End.AddDays(-365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var report = await (await manager.GetAsync($"/api/kpis?from={from}&to={demo.End.AddDays(-1):yyyy-MM-dd}")).ShouldBeOkAsync();
        var missing = report["metrics"]!.AsArray().Select(m => m!.AsObject()).Where(m => m["value"] is null)
            .Select(m => $"{m["id"]}: {m["noData"]}").ToList();
        missing.ShouldBeEmpty();
        report["people"]!.AsArray().Select(p => p!["owner"]!.GetValue<string>()).ShouldBe(["account1", "account2"]);
        report["currencies"]!.AsArray().Select(c => c!["currency"]!.GetValue<string>()).ShouldContain("EUR");
    }

    [Fact]
    public async Task it_refuses_to_write_a_second_history_into_the_same_database()
    {
        var again = await demo.Services.GetRequiredService<DemoHistory>().RunAsync(demo.End, demo.End.AddDays(1), null, CancellationToken.None);
        again.Succeeded.ShouldBeFalse();
        again.Error!.Message.ShouldContain("already has engagements");
    }

    /// <summary>A server with the demo history written into it.</summary>
    public sealed class Written : IAsyncLifetime
    {
        public DemoServerFactory Factory { get; } = new();

        public IServiceProvider Services => Factory.Services;

        public DateTimeOffset Start { get; private set; }

        public DateTimeOffset End { get; private set; }

        internal DemoHistoryResult Result { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Start = Factory.Time.GetUtcNow();
            End = Start.AddDays(DemoHistory.Days);
            var result = await Services.GetRequiredService<DemoHistory>().RunAsync(Start, End, null, CancellationToken.None);
            result.Succeeded.ShouldBeTrue(result.ToString());
            Result = result.Value!;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }
}
