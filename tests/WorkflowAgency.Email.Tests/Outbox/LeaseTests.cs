using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class LeaseTests
{
    [Fact]
    public async Task a_batch_on_a_slow_server_stops_before_its_lease_runs_out_and_the_rest_is_sent_once_later()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        // Lease 30 s, SMTP timeout 10 s; every send takes 12 s of the clock. Regression: the worker used to send the
        // whole batch under one lease, so the last messages went out after it had ended and another node could
        // claim and send them too.
        await using var node = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp, o =>
        {
            o.BatchSize = 5;
            o.Lease = TimeSpan.FromSeconds(30);
        });
        await using var other = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp, o => o.Lease = TimeSpan.FromSeconds(30));
        await node.PublishAsync();
        for (var i = 0; i < 5; i++)
            await node.QueueProposalAsync(client: $"Client {i}");
        smtp.OnAccepted = () => clock.Advance(TimeSpan.FromSeconds(12));

        // 0 s: send (12 s); 12 s: send (24 s); 24 s + 10 s ≥ 30 s: stop, leaving three under the lease until 30 s.
        (await node.Worker.SendDueAsync()).ShouldBe(2);
        // At 31 s the lease has run out: another node takes the rest, and each message still goes out once.
        clock.Advance(TimeSpan.FromSeconds(7));
        smtp.OnAccepted = null;
        (await other.Worker.SendDueAsync()).ShouldBe(3);

        smtp.Received.Count.ShouldBe(5);
        smtp.Received.Select(r => r.Message.MessageId).Distinct().Count().ShouldBe(5);
    }
}
