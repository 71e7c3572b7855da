using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using WorkflowAgency.Persistence.Tests.Infrastructure;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>The payments ledger, client messages and the KPIs on PostgreSQL (numeric amounts, dates, the KPI queries).</summary>
public sealed class PaymentsAndKpisOnPostgreSqlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task invoices_payments_client_messages_and_kpis_work_on_postgresql()
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_kpis", Ct);
        try
        {
            await using var server = new NodeFactory(connectionString, smtpPort: 25, workers: false, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            var account1 = await server.SignedInAsync("account1");
            var id = await account1.HandoffAsync();
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var invoice = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "PG-1", amount = 1234.56, dueOn = today }, Ct)).ShouldBeOkAsync(HttpStatusCode.Created);
            var paid = await (await account1.PostAsJsonAsync($"/api/invoices/{invoice["id"]}/payments", new { amount = 1000, receivedOn = today }, Ct)).ShouldBeOkAsync(HttpStatusCode.Created);
            paid["invoice"]!["outstanding"]!.GetValue<decimal>().ShouldBe(234.56m);
            var over = await (await account1.PostAsJsonAsync($"/api/invoices/{invoice["id"]}/payments", new { amount = 300, receivedOn = today }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            over["errors"]!["amount"].ShouldNotBeNull();
            (await account1.PostAsJsonAsync($"/api/engagements/{id}/client-messages", new { receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture), channel = "email", summary = "Hello" }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

            var manager = await server.SignedInAsync("manager");
            var report = await (await manager.GetAsync("/api/kpis", Ct)).ShouldBeOkAsync();
            var collected = report["metrics"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "collected")!;
            collected["value"]!.GetValue<double>().ShouldBe(1000);
            report["people"]!.AsArray().Count.ShouldBe(2);
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }
}
