using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>What every <see cref="IEngagementStore"/> must do, whatever database is behind it.</summary>
public abstract class EngagementStoreContract : PersistenceTestBase
{
    private IEngagementStore Store => Services.GetRequiredService<IEngagementStore>();

    [Fact]
    public async Task an_engagement_round_trips_with_its_variables_and_execution_state()
    {
        var engagement = TestData.Engagement();

        (await Store.CommitAsync(TestData.Start(engagement), Ct)).ShouldBe(CommitResult.Committed);
        var read = await Store.FindEngagementAsync(engagement.Id, Ct);

        read.ShouldNotBeNull();
        read.ShouldNotBeSameAs(engagement);
        read.DefinitionId.ShouldBe("client-engagement");
        read.DefinitionVersion.ShouldBe(3);
        read.Status.ShouldBe(EngagementStatus.Waiting);
        read.Stage.ShouldBe("proposal");
        read.ClientName.ShouldBe("Nguyễn Thị Mai");
        read.ClientCompany.ShouldBe("Sông Hồng Café");
        read.ClientEmail.ShouldBe("mai@example.com");
        read.Owner.ShouldBe("alice");
        read.Revision.ShouldBe(1);
        read.Result.ShouldBeNull();
        read.CompletedAt.ShouldBeNull();
        read.CreatedAt.ShouldBe(TestData.T0);
        read.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
        read.StageEnteredAt.ShouldBe(TestData.T0);
        read.NextDueAt.ShouldBe(TestData.T0.AddDays(3));
        read.NextDueAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        JsonNode.DeepEquals(read.Variables, engagement.Variables).ShouldBeTrue(read.Variables.ToJsonString());

        read.Execution.Tokens.Count.ShouldBe(2);
        var token = read.Execution.Tokens[0];
        var original = engagement.Execution.Tokens[0];
        token.Id.ShouldBe(original.Id);
        token.StepId.ShouldBe("draft");
        token.Status.ShouldBe(TokenStatus.Waiting);
        token.WaitId.ShouldBe(original.WaitId);
        token.Forks.ShouldBe(original.Forks);
        read.Execution.Tokens[1].WaitId.ShouldBeNull();
        var fork = read.Execution.Forks.ShouldHaveSingleItem();
        fork.Id.ShouldBe(engagement.Execution.Forks[0].Id);
        fork.JoinStepId.ShouldBe("join");
        fork.Expected.ShouldBe(2);
        fork.Arrived.ShouldBe(1);
    }

    [Fact]
    public async Task finding_what_does_not_exist_returns_null()
    {
        (await Store.FindEngagementAsync(Guid.CreateVersion7(), Ct)).ShouldBeNull();
        (await Store.FindTaskAsync(Guid.CreateVersion7(), Ct)).ShouldBeNull();
        (await Store.FindWaitAsync(Guid.CreateVersion7(), Ct)).ShouldBeNull();
        (await Store.FindIncidentAsync(Guid.CreateVersion7(), Ct)).ShouldBeNull();
        (await Store.FindWaitsAsync(Guid.CreateVersion7(), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_start_commits_every_kind_of_child_row()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var wait = TestData.Wait(engagement.Id, TestData.T0.AddDays(7));
        var incident = TestData.Incident(engagement.Id);
        var document = TestData.Document(engagement.Id);
        var email = TestData.Outbox(engagement.Id, document.Id);
        var commit = TestData.Start(engagement);
        commit.AddedTasks.Add(task);
        commit.AddedWaits.Add(wait);
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.EngagementStarted));
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCreated));
        commit.AddedIncidents.Add(incident);
        commit.Documents.Add(document);
        commit.Outbox.Add(email);

        (await Store.CommitAsync(commit, Ct)).ShouldBe(CommitResult.Committed);

        var readTask = (await Store.FindTaskAsync(task.Id, Ct)).ShouldNotBeNull();
        readTask.Title.ShouldBe("Draft the proposal");
        readTask.AssigneeGroup.ShouldBe("account");
        readTask.Status.ShouldBe(WorkTaskStatus.Open);
        readTask.Priority.ShouldBe(TaskPriority.High);
        readTask.DueAt.ShouldBe(TestData.T0.AddDays(3));
        readTask.Data.ShouldBeNull();

        var readWait = (await Store.FindWaitAsync(wait.Id, Ct)).ShouldNotBeNull();
        readWait.Kind.ShouldBe(WaitKind.ClientResponse);
        readWait.Name.ShouldBe("proposal-response");
        readWait.DueAt.ShouldBe(TestData.T0.AddDays(7));
        (await Store.FindWaitsAsync(engagement.Id, Ct)).Select(w => w.Id).ShouldBe([wait.Id]);

        var readIncident = (await Store.FindIncidentAsync(incident.Id, Ct)).ShouldNotBeNull();
        readIncident.Message.ShouldBe(incident.Message);
        readIncident.Attempts.ShouldBe(1);
        readIncident.ResolvedAt.ShouldBeNull();

        var journal = await QueryAsync(db => db.Journal.AsNoTracking()
            .Where(j => j.EngagementId == engagement.Id).OrderBy(j => j.Id).ToListAsync(Ct));
        journal.Select(j => j.Kind).ShouldBe([JournalEntryKind.EngagementStarted, JournalEntryKind.TaskCreated]);
        journal[1].Id.ShouldBeGreaterThan(journal[0].Id);
        commit.Journal.Select(j => j.Id).ShouldBe(journal.Select(j => j.Id), "generated ids flow back to the caller");
        journal[0].Data!["fee"]!.GetValue<int>().ShouldBe(4200);

        var readEmail = await QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == email.Id, Ct));
        readEmail.Attachments.ShouldBe([document.Id]);
        readEmail.Status.ShouldBe(OutboxStatus.Pending);
        readEmail.HtmlBody.ShouldBe("<p>Xin chào Mai</p>");
        readEmail.NextAttemptAt.Kind.ShouldBe(DateTimeKind.Utc);

        var readDocument = await QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == document.Id, Ct));
        readDocument.Name.ShouldBe("proposal");
        readDocument.Version.ShouldBe(1);
        readDocument.Html.ShouldBe("<h1>Proposal</h1>");
    }

    [Fact]
    public async Task a_transition_updates_the_engagement_tasks_and_incidents_and_removes_consumed_waits()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var kept = TestData.Wait(engagement.Id, TestData.T0.AddDays(1));
        var consumed = TestData.Wait(engagement.Id, TestData.T0.AddDays(2));
        var incident = TestData.Incident(engagement.Id);
        var start = TestData.Start(engagement);
        start.AddedTasks.Add(task);
        start.AddedWaits.AddRange([kept, consumed]);
        start.AddedIncidents.Add(incident);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var current = (await Store.FindEngagementAsync(engagement.Id, Ct))!;
        var readTask = (await Store.FindTaskAsync(task.Id, Ct))!;
        var readIncident = (await Store.FindIncidentAsync(incident.Id, Ct))!;
        var commit = TestData.Next(current);
        current.Stage = "negotiation";
        current.Variables["approved"] = true;
        current.Execution.Tokens.RemoveAt(1);
        readTask.Status = WorkTaskStatus.Completed;
        readTask.CompletedAt = TestData.T0.AddHours(5);
        readTask.CompletedBy = "alice";
        readTask.Outcome = "approve";
        readTask.Data = new JsonObject { ["fee"] = 4200 };
        commit.UpdatedTasks.Add(readTask);
        commit.TaskRevisions[readTask.Id] = readTask.Revision;
        readIncident.ResolvedAt = TestData.T0.AddHours(6);
        readIncident.ResolvedBy = "olivia";
        commit.UpdatedIncidents.Add(readIncident);
        commit.RemovedWaitIds.Add(consumed.Id);
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCompleted));

        (await Store.CommitAsync(commit, Ct)).ShouldBe(CommitResult.Committed);

        var after = (await Store.FindEngagementAsync(engagement.Id, Ct))!;
        after.Revision.ShouldBe(2);
        after.Stage.ShouldBe("negotiation");
        after.Variables["approved"]!.GetValue<bool>().ShouldBeTrue();
        after.Execution.Tokens.ShouldHaveSingleItem();
        var completed = (await Store.FindTaskAsync(task.Id, Ct))!;
        completed.Status.ShouldBe(WorkTaskStatus.Completed);
        completed.Outcome.ShouldBe("approve");
        completed.CompletedBy.ShouldBe("alice");
        completed.Data!["fee"]!.GetValue<int>().ShouldBe(4200);
        completed.Revision.ShouldBe(2);
        readTask.Revision.ShouldBe(2, "the caller's copy carries the new revision");
        (await Store.FindIncidentAsync(incident.Id, Ct))!.ResolvedBy.ShouldBe("olivia");
        (await Store.FindWaitAsync(consumed.Id, Ct)).ShouldBeNull();
        (await Store.FindWaitsAsync(engagement.Id, Ct)).Select(w => w.Id).ShouldBe([kept.Id]);
    }

    [Fact]
    public async Task cancelled_task_ids_withdraw_only_tasks_that_are_still_open()
    {
        var engagement = TestData.Engagement();
        var open = TestData.Task(engagement.Id, "Open one");
        var done = TestData.Task(engagement.Id, "Done one");
        done.Status = WorkTaskStatus.Completed;
        done.Outcome = "approve";
        var start = TestData.Start(engagement);
        start.AddedTasks.AddRange([open, done]);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var commit = TestData.Next(engagement);
        commit.CancelledTaskIds.AddRange([open.Id, done.Id]);
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCancelled));
        (await Store.CommitAsync(commit, Ct)).ShouldBe(CommitResult.Committed);

        var withdrawn = (await Store.FindTaskAsync(open.Id, Ct))!;
        withdrawn.Status.ShouldBe(WorkTaskStatus.Cancelled);
        withdrawn.Revision.ShouldBe(2, "a claim made on the old revision must now conflict");
        var untouched = (await Store.FindTaskAsync(done.Id, Ct))!;
        untouched.Status.ShouldBe(WorkTaskStatus.Completed);
        untouched.Outcome.ShouldBe("approve");
        untouched.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task committing_with_a_stale_engagement_revision_is_a_conflict_and_writes_nothing()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var cancelled = TestData.Task(engagement.Id, "Will not be cancelled");
        var wait = TestData.Wait(engagement.Id, TestData.T0.AddDays(1));
        var incident = TestData.Incident(engagement.Id);
        var start = TestData.Start(engagement);
        start.AddedTasks.AddRange([task, cancelled]);
        start.AddedWaits.Add(wait);
        start.AddedIncidents.Add(incident);
        start.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.EngagementStarted));
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var first = (await Store.FindEngagementAsync(engagement.Id, Ct))!;
        var second = (await Store.FindEngagementAsync(engagement.Id, Ct))!;
        var winner = TestData.Next(first);
        winner.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.VariablesChanged));
        (await Store.CommitAsync(winner, Ct)).ShouldBe(CommitResult.Committed);

        // The loser read revision 1 too, and touches every kind of row.
        var loser = TestData.Next(second);
        second.Stage = "lost-update";
        var readTask = (await Store.FindTaskAsync(task.Id, Ct))!;
        readTask.Status = WorkTaskStatus.Completed;
        loser.UpdatedTasks.Add(readTask);
        loser.TaskRevisions[readTask.Id] = readTask.Revision;
        loser.CancelledTaskIds.Add(cancelled.Id);
        loser.RemovedWaitIds.Add(wait.Id);
        var readIncident = (await Store.FindIncidentAsync(incident.Id, Ct))!;
        readIncident.ResolvedAt = TestData.T0;
        loser.UpdatedIncidents.Add(readIncident);
        loser.AddedTasks.Add(TestData.Task(engagement.Id, "Never created"));
        loser.AddedWaits.Add(TestData.Wait(engagement.Id, TestData.T0));
        loser.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCompleted));
        loser.AddedIncidents.Add(TestData.Incident(engagement.Id));
        loser.Outbox.Add(TestData.Outbox(engagement.Id));
        loser.Documents.Add(TestData.Document(engagement.Id));

        (await Store.CommitAsync(loser, Ct)).ShouldBe(CommitResult.Conflict);

        var after = (await Store.FindEngagementAsync(engagement.Id, Ct))!;
        after.Revision.ShouldBe(2);
        after.Stage.ShouldBe("proposal");
        (await Store.FindTaskAsync(task.Id, Ct))!.Status.ShouldBe(WorkTaskStatus.Open);
        (await Store.FindTaskAsync(task.Id, Ct))!.Revision.ShouldBe(1);
        (await Store.FindTaskAsync(cancelled.Id, Ct))!.Status.ShouldBe(WorkTaskStatus.Open);
        (await Store.FindWaitAsync(wait.Id, Ct)).ShouldNotBeNull();
        (await Store.FindIncidentAsync(incident.Id, Ct))!.ResolvedAt.ShouldBeNull();
        readTask.Revision.ShouldBe(1, "a conflict leaves the caller's task revision as read");
        (await CountRowsAsync(engagement.Id)).ShouldBe(new RowCounts(Tasks: 2, Waits: 1, Journal: 2, Incidents: 1, Outbox: 0, Documents: 0));
    }

    [Fact]
    public async Task committing_a_task_update_with_a_stale_task_revision_is_a_conflict_and_writes_nothing()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var start = TestData.Start(engagement);
        start.AddedTasks.Add(task);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        // Someone claims the task after the engine read it.
        var claimed = (await Store.FindTaskAsync(task.Id, Ct))!;
        claimed.ClaimedBy = "bob";
        (await Store.CommitTaskAsync(claimed, claimed.Revision, TestData.Journal(engagement.Id, JournalEntryKind.TaskClaimed), Ct))
            .ShouldBe(CommitResult.Committed);

        var commit = TestData.Next(engagement);
        task.Status = WorkTaskStatus.Completed;
        commit.UpdatedTasks.Add(task);
        commit.TaskRevisions[task.Id] = 1;
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCompleted));
        commit.Outbox.Add(TestData.Outbox(engagement.Id));

        (await Store.CommitAsync(commit, Ct)).ShouldBe(CommitResult.Conflict);

        commit.Journal[0].Id.ShouldBe(0, "no id of a rolled-back row leaks to the caller");
        (await Store.FindEngagementAsync(engagement.Id, Ct))!.Revision.ShouldBe(1);
        var after = (await Store.FindTaskAsync(task.Id, Ct))!;
        after.Status.ShouldBe(WorkTaskStatus.Open);
        after.ClaimedBy.ShouldBe("bob");
        after.Revision.ShouldBe(2);
        (await CountRowsAsync(engagement.Id)).ShouldBe(new RowCounts(Tasks: 1, Waits: 0, Journal: 1, Incidents: 0, Outbox: 0, Documents: 0));
    }

    [Fact]
    public async Task starting_the_same_engagement_twice_is_a_conflict()
    {
        var engagement = TestData.Engagement();
        (await Store.CommitAsync(TestData.Start(engagement), Ct)).ShouldBe(CommitResult.Committed);

        var again = TestData.Start(engagement);
        again.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.EngagementStarted));

        (await Store.CommitAsync(again, Ct)).ShouldBe(CommitResult.Conflict);
        (await CountRowsAsync(engagement.Id)).Journal.ShouldBe(0);
    }

    [Fact]
    public async Task a_transition_that_did_not_move_the_engagement_revision_is_refused_as_a_bug()
    {
        var engagement = TestData.Engagement();
        (await Store.CommitAsync(TestData.Start(engagement), Ct)).ShouldBe(CommitResult.Committed);
        var commit = new EngagementCommit { Engagement = engagement, ExpectedRevision = engagement.Revision };

        await Should.ThrowAsync<InvalidOperationException>(() => Store.CommitAsync(commit, Ct));
    }

    [Fact]
    public async Task two_concurrent_transitions_from_the_same_revision_have_exactly_one_winner()
    {
        var engagement = TestData.Engagement();
        (await Store.CommitAsync(TestData.Start(engagement), Ct)).ShouldBe(CommitResult.Committed);
        var copies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store.FindEngagementAsync(engagement.Id, Ct)));

        var results = await Task.WhenAll(copies.Select(copy => Task.Run(
            async () =>
            {
                var commit = TestData.Next(copy!);
                commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.TaskCompleted));
                return await Store.CommitAsync(commit, Ct);
            },
            Ct)));

        results.Count(r => r == CommitResult.Committed).ShouldBe(1);
        results.Count(r => r == CommitResult.Conflict).ShouldBe(3);
        (await CountRowsAsync(engagement.Id)).Journal.ShouldBe(1);
        (await Store.FindEngagementAsync(engagement.Id, Ct))!.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task committing_a_task_change_writes_the_task_and_its_journal_line_together()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var start = TestData.Start(engagement);
        start.AddedTasks.Add(task);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var read = (await Store.FindTaskAsync(task.Id, Ct))!;
        read.ClaimedBy = "bob";
        var entry = TestData.Journal(engagement.Id, JournalEntryKind.TaskClaimed);

        (await Store.CommitTaskAsync(read, read.Revision, entry, Ct)).ShouldBe(CommitResult.Committed);

        var after = (await Store.FindTaskAsync(task.Id, Ct))!;
        after.ClaimedBy.ShouldBe("bob");
        after.Revision.ShouldBe(2);
        read.Revision.ShouldBe(2);
        entry.Id.ShouldBeGreaterThan(0);
        (await Store.FindEngagementAsync(engagement.Id, Ct))!.Revision.ShouldBe(1, "a claim does not move the engagement");
    }

    [Fact]
    public async Task committing_a_task_change_with_a_stale_revision_is_a_conflict_and_writes_no_journal_line()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        var start = TestData.Start(engagement);
        start.AddedTasks.Add(task);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);
        var bobs = (await Store.FindTaskAsync(task.Id, Ct))!;
        var carols = (await Store.FindTaskAsync(task.Id, Ct))!;
        bobs.ClaimedBy = "bob";
        carols.ClaimedBy = "carol";

        (await Store.CommitTaskAsync(bobs, 1, TestData.Journal(engagement.Id, JournalEntryKind.TaskClaimed), Ct))
            .ShouldBe(CommitResult.Committed);
        (await Store.CommitTaskAsync(carols, 1, TestData.Journal(engagement.Id, JournalEntryKind.TaskClaimed), Ct))
            .ShouldBe(CommitResult.Conflict);

        (await Store.FindTaskAsync(task.Id, Ct))!.ClaimedBy.ShouldBe("bob");
        carols.Revision.ShouldBe(1);
        (await CountRowsAsync(engagement.Id)).Journal.ShouldBe(1);
    }

    [Fact]
    public async Task claiming_due_waits_takes_only_the_due_ones_earliest_first_up_to_the_limit()
    {
        var engagement = TestData.Engagement();
        var now = TestData.T0.AddDays(10);
        var lease = now.AddMinutes(2);
        var start = TestData.Start(engagement);
        var dueLast = TestData.Wait(engagement.Id, now);
        var dueFirst = TestData.Wait(engagement.Id, now.AddDays(-3));
        var dueSecond = TestData.Wait(engagement.Id, now.AddMilliseconds(-1));
        // A microsecond: the finest step both engines keep (PostgreSQL's timestamps stop there, SQLite's text goes to ticks).
        var notYet = TestData.Wait(engagement.Id, now.AddMicroseconds(1));
        var forever = TestData.Wait(engagement.Id, dueAt: null);
        start.AddedWaits.AddRange([dueLast, notYet, dueFirst, forever, dueSecond]);
        (await Store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        (await Store.ClaimDueWaitsAsync(now.AddDays(-4), lease, 10, Ct)).ShouldBeEmpty();
        (await Store.ClaimDueWaitsAsync(now, lease, 0, Ct)).ShouldBeEmpty();
        (await Store.ClaimDueWaitsAsync(now, lease, 2, Ct)).Select(w => w.Id).ShouldBe([dueFirst.Id, dueSecond.Id]);
        (await Store.ClaimDueWaitsAsync(now, lease, 10, Ct)).Select(w => w.Id)
            .ShouldBe([dueLast.Id], "the first two are leased; the one a microsecond ahead and the one without a date are not due");
    }

    private Task<RowCounts> CountRowsAsync(Guid engagementId) => QueryAsync(async db => new RowCounts(
        await db.Tasks.CountAsync(t => t.EngagementId == engagementId, Ct),
        await db.Waits.CountAsync(w => w.EngagementId == engagementId, Ct),
        await db.Journal.CountAsync(j => j.EngagementId == engagementId, Ct),
        await db.Incidents.CountAsync(i => i.EngagementId == engagementId, Ct),
        await db.Outbox.CountAsync(m => m.EngagementId == engagementId, Ct),
        await db.Documents.CountAsync(d => d.EngagementId == engagementId, Ct)));
}
