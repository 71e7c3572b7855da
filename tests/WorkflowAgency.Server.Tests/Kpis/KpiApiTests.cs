using System.Net;
using System.Net.Http.Json;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Kpis;

public sealed class KpiApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task account_staff_see_their_own_kpis_and_asking_for_someone_else_is_forbidden()
    {
        var account1 = await server.SignedInAsync("account1");
        var own = await (await account1.GetAsync("/api/kpis?" + March)).ShouldBeOkAsync();
        own["owner"]!.GetValue<string>().ShouldBe("account1");
        own["people"]!.AsArray().Select(p => p!["owner"]!.GetValue<string>()).ShouldBe(["account1"]);
        (await account1.GetAsync("/api/kpis?owner=account1&" + March)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var other = await (await account1.GetAsync("/api/kpis?owner=account2&" + March)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        other["detail"]!.GetValue<string>().ShouldContain("own KPIs only");
        await (await account1.GetAsync("/api/kpis.csv?owner=account2")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task managers_see_everyone_with_a_breakdown_per_person_and_may_filter_by_owner()
    {
        var manager = await server.SignedInAsync("manager");
        var all = await (await manager.GetAsync("/api/kpis?" + March)).ShouldBeOkAsync();
        all["owner"].ShouldBeNull();
        all["from"]!.GetValue<DateTime>().ShouldBe(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        // A date as `to` includes that day.
        all["to"]!.GetValue<DateTime>().ShouldBe(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        all["people"]!.AsArray().Select(p => p!["owner"]!.GetValue<string>()).ShouldContain("account2");
        var metric = all["metrics"]!.AsArray().First()!.AsObject();
        metric.Select(p => p.Key).ShouldBe(["id", "label", "value", "unit", "formula", "noData", "sample"]);

        var filtered = await (await manager.GetAsync("/api/kpis?owner=account2&" + March)).ShouldBeOkAsync();
        filtered["owner"]!.GetValue<string>().ShouldBe("account2");
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-03-01T10:00:00", "from")]
    [InlineData("from=2026-03-10&to=2026-03-01", "to")]
    [InlineData("format=xml", "format")]
    public async Task bad_query_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var manager = await server.SignedInAsync("manager");
        var problem = await (await manager.GetAsync("/api/kpis?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([parameter]);
    }

    [Fact]
    public async Task a_client_call_answered_two_business_hours_later_is_the_response_time_and_the_csv_says_so()
    {
        var factory = new ServerFactory();
        await using (factory)
        {
            var account1 = await factory.SignedInAsync("account1");
            var id = await account1.HandoffAsync();
            // Monday 2026-03-02 09:30 (London is on UTC until the end of March): the client rings; it is logged at 10:00.
            factory.Time.Advance(TimeSpan.FromHours(1));
            account1 = await factory.SignedInAsync("account1");
            (await account1.PostAsJsonAsync($"/api/engagements/{id}/client-messages", new { receivedAt = "2026-03-02T09:30:00Z", channel = "phone", summary = "When do we start?" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            factory.Time.Advance(TimeSpan.FromHours(1.5));
            account1 = await factory.SignedInAsync("account1");
            await account1.CompleteAsync(id, "contact", DefaultProcess.Contact());

            var manager = await factory.SignedInAsync("manager");
            var report = await (await manager.GetAsync("/api/kpis?" + March)).ShouldBeOkAsync();
            var response = report["metrics"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "responseTime")!;
            // 09:30 → 11:30 = 2 business hours
            response["value"]!.GetValue<double>().ShouldBe(2);
            response["sample"]!.GetValue<int>().ShouldBe(1);
            var nps = report["metrics"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "nps")!;
            nps["value"].ShouldBeNull();
            nps["noData"]!.GetValue<string>().ShouldBe("no survey answers in the period");

            var csv = await manager.GetAsync("/api/kpis.csv?" + March);
            csv.StatusCode.ShouldBe(HttpStatusCode.OK);
            csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("kpis-2026-03-01-2026-04-01.csv");
            var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            lines[0].ShouldBe("scope,metric,label,value,unit,sample,no_data,formula");
            lines.ShouldContain(l => l.StartsWith("all,responseTime,Average response time to the client,2,businessHours,1,,", StringComparison.Ordinal));
            lines.ShouldContain("all,nps,NPS,,score,0,no survey answers in the period,\"% promoters (recommend 9–10) − % detractors (recommend 0–6), over the survey answers given in the period\"");
            lines.ShouldContain(l => l.StartsWith("person:account1,responseTime,", StringComparison.Ordinal));
            (await (await manager.GetAsync("/api/kpis?format=csv&" + March)).Content.ReadAsStringAsync()).ShouldBe(string.Join("\r\n", lines) + "\r\n");
        }
    }

    [Fact]
    public async Task a_client_message_with_errors_is_refused_naming_the_fields()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var problem = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/client-messages", new { receivedAt = "2026-03-02 09:30", channel = "pigeon" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["receivedAt", "channel", "summary"], ignoreOrder: true);
        await (await account1.PostAsJsonAsync($"/api/engagements/{Guid.NewGuid()}/client-messages", new { receivedAt = "2026-03-02T09:30:00Z", channel = "phone", summary = "Hi" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
