using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>
/// How the timer and outbox workers share due work: a claim leases rows, a leased row is nobody else's until the
/// lease runs out, and workers claiming at the same moment never get the same row.
/// </summary>
public abstract class ClaimContract : PersistenceTestBase
{
    private static readonly DateTime Now = TestData.T0.AddDays(10);

    private IEngagementStore Engagements => Services.GetRequiredService<IEngagementStore>();

    private IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    [Fact]
    public async Task a_claim_leases_the_due_waits_earliest_first_and_a_second_claim_gets_none_of_them()
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        var later = TestData.Wait(engagement.Id, Now.AddMinutes(-1));
        var earlier = TestData.Wait(engagement.Id, Now.AddHours(-1));
        var notYet = TestData.Wait(engagement.Id, Now.AddMinutes(1));
        start.AddedWaits.AddRange([later, notYet, earlier, TestData.Wait(engagement.Id, dueAt: null)]);
        await Engagements.CommitAsync(start, Ct);

        var claimed = await Engagements.ClaimDueWaitsAsync(Now, Now.AddMinutes(2), 10, Ct);

        claimed.Select(w => w.Id).ShouldBe([earlier.Id, later.Id]);
        claimed.ShouldAllBe(w => w.LeasedUntil == Now.AddMinutes(2));
        (await Engagements.FindWaitAsync(earlier.Id, Ct))!.LeasedUntil.ShouldBe(Now.AddMinutes(2));
        (await Engagements.ClaimDueWaitsAsync(Now.AddMinutes(1), Now.AddMinutes(3), 10, Ct)).Select(w => w.Id)
            .ShouldBe([notYet.Id], "the leased ones are still held; the one that fell due since is free");
    }

    [Fact]
    public async Task a_wait_whose_lease_ran_out_is_claimed_again()
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        var wait = TestData.Wait(engagement.Id, Now);
        start.AddedWaits.Add(wait);
        await Engagements.CommitAsync(start, Ct);
        (await Engagements.ClaimDueWaitsAsync(Now, Now.AddMinutes(2), 10, Ct)).ShouldHaveSingleItem();

        // The node that held it died: nobody fired it, so it is still there once the lease ends.
        (await Engagements.ClaimDueWaitsAsync(Now.AddMinutes(1), Now.AddMinutes(3), 10, Ct)).ShouldBeEmpty();
        (await Engagements.ClaimDueWaitsAsync(Now.AddMinutes(2), Now.AddMinutes(4), 10, Ct)).ShouldHaveSingleItem().Id.ShouldBe(wait.Id);
    }

    [Fact]
    public async Task workers_claiming_waits_at_once_split_them_without_overlap()
    {
        var waits = await SeedWaitsAsync(300);

        var claims = await ClaimConcurrentlyAsync(() => Engagements.ClaimDueWaitsAsync(Now, Now.AddMinutes(2), 25, Ct), w => w.Id);

        claims.Count.ShouldBe(waits.Count, "no wait was claimed twice");
        claims.Distinct().Count().ShouldBe(waits.Count);
    }

    [Fact]
    public async Task workers_claiming_emails_at_once_split_them_without_overlap_and_count_one_attempt_each()
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        for (var i = 0; i < 300; i++)
        {
            start.Outbox.Add(TestData.Outbox(engagement.Id));
        }

        await Engagements.CommitAsync(start, Ct);

        var claims = await ClaimConcurrentlyAsync(async () => await Outbox.ClaimDueAsync(Now, Now.AddMinutes(2), 25, Ct), m => m.Id);

        claims.Count.ShouldBe(300, "no message was claimed twice");
        claims.Distinct().Count().ShouldBe(300);
        (await QueryAsync(db => Task.FromResult(db.Outbox.All(m => m.Attempts == 1 && m.NextAttemptAt == Now.AddMinutes(2))))).ShouldBeTrue();
    }

    [Fact]
    public async Task an_email_claim_takes_only_pending_due_ones_and_an_expired_lease_frees_it_again()
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        var due = TestData.Outbox(engagement.Id);
        var sent = TestData.Outbox(engagement.Id);
        sent.Status = OutboxStatus.Sent;
        var later = TestData.Outbox(engagement.Id);
        later.NextAttemptAt = Now.AddHours(1);
        start.Outbox.AddRange([due, sent, later]);
        await Engagements.CommitAsync(start, Ct);

        (await Outbox.ClaimDueAsync(Now, Now.AddMinutes(2), 10, Ct)).ShouldHaveSingleItem().Id.ShouldBe(due.Id);
        (await Outbox.ClaimDueAsync(Now.AddMinutes(1), Now.AddMinutes(3), 10, Ct)).ShouldBeEmpty();
        var again = (await Outbox.ClaimDueAsync(Now.AddMinutes(2), Now.AddMinutes(4), 10, Ct)).ShouldHaveSingleItem();
        again.Id.ShouldBe(due.Id);
        again.Attempts.ShouldBe(2);
    }

    private async Task<List<Wait>> SeedWaitsAsync(int count)
    {
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        for (var i = 0; i < count; i++)
        {
            start.AddedWaits.Add(TestData.Wait(engagement.Id, Now.AddSeconds(-i)));
        }

        await Engagements.CommitAsync(start, Ct);
        return start.AddedWaits;
    }

    // Four workers claim batches until the queue is empty, as nodes polling at the same moment would.
    private static async Task<List<Guid>> ClaimConcurrentlyAsync<T>(Func<Task<IReadOnlyList<T>>> claim, Func<T, Guid> id)
    {
        var claimed = new ConcurrentBag<Guid>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await claim() is { Count: > 0 } batch)
            {
                foreach (var row in batch)
                {
                    claimed.Add(id(row));
                }
            }
        })));
        return [.. claimed];
    }
}
