using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>What the outbox store records about a sent email, the same on every provider.</summary>
public abstract class OutboxStoreContract : PersistenceTestBase
{
    private IEngagementStore Engagements => Services.GetRequiredService<IEngagementStore>();

    private IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    [Fact]
    public async Task a_server_reply_longer_than_its_column_is_cut_whole_characters_first_and_the_email_is_still_marked_sent()
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        var message = TestData.Outbox(engagement.Id);
        start.Outbox.Add(message);
        await Engagements.CommitAsync(start, Ct);
        // The emoji (two UTF-16 units) straddles the cut: half of it is not text PostgreSQL would take.
        var kept = "250 " + new string('q', TextLimits.HeaderLine - 5);

        await Outbox.MarkSentAsync(message.Id, TestData.T0, kept + "😀" + new string('z', 1000), Ct);

        var row = await QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == message.Id, Ct));
        row.Status.ShouldBe(OutboxStatus.Sent);
        row.ServerReply.ShouldBe(kept + "…");
        row.ServerReply!.Length.ShouldBe(TextLimits.HeaderLine);
    }
}
