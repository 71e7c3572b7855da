using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class BackgroundLoopTests
{
    [Fact]
    public async Task the_loop_sends_at_once_then_on_every_poll_and_stops_when_cancelled()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        var clock = EmailHarness.NewClock();
        await using var h = await EmailHarness.OpenAsync(folder.File("engine.db"), clock, smtp);
        await h.PublishAsync();
        await h.QueueProposalAsync(client: "First Ltd");
        using var stop = new CancellationTokenSource();

        var loop = h.Worker.RunAsync(TimeSpan.FromSeconds(10), stop.Token);
        await WaitForAsync(() => smtp.Received.Count == 1);
        await h.QueueProposalAsync(client: "Second Ltd");
        // The loop may not be waiting yet when the clock first moves, so keep moving it a poll at a time.
        await WaitForAsync(() => smtp.Received.Count == 2, () => clock.Advance(TimeSpan.FromSeconds(10)));
        await stop.CancelAsync();

        await loop.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        smtp.Received.Count.ShouldBe(2);
    }

    // Real time, bounded: the loop runs on its own and the test can only watch for its effect.
    private static async Task WaitForAsync(Func<bool> condition, Action? tick = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the outbox loop did not send in time");
            tick?.Invoke();
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
