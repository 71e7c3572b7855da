using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Rows;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>The row path writes and reads every column exactly as EF Core does, whatever database is behind it.</summary>
public abstract class RowPathContract : PersistenceTestBase
{
    public static TheoryData<string> Samples =>
    [
        "engagement", "engagement with nulls", "engagement completed",
        "task", "task with nulls", "task completed with data",
        "wait", "wait with nulls",
        "journal entry", "journal entry with nulls",
        "incident", "incident resolved",
        "outbox message", "outbox message sent",
        "document", "document sent",
        "draft", "draft with nulls",
        "published version", "published version retracted",
    ];

    private protected IDatabaseProvider Provider => DatabaseProviders.Find(Services.GetRequiredService<PersistenceOptions>().Provider)!;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task a_row_is_stored_and_read_back_by_the_row_path_exactly_as_ef_stores_and_reads_it(string sample)
    {
        var parent = TestData.Engagement();
        await QueryAsync(async db =>
        {
            db.Add(parent);
            return await db.SaveChangesAsync(Ct);
        });

        await (sample switch
        {
            "engagement" => RoundTripAsync(TestData.Engagement()),
            "engagement with nulls" => RoundTripAsync(RowSamples.SparseEngagement()),
            "engagement completed" => RoundTripAsync(RowSamples.CompletedEngagement()),
            "task" => RoundTripAsync(TestData.Task(parent.Id)),
            "task with nulls" => RoundTripAsync(RowSamples.SparseTask(parent.Id)),
            "task completed with data" => RoundTripAsync(RowSamples.CompletedTask(parent.Id)),
            "wait" => RoundTripAsync(TestData.Wait(parent.Id, TestData.T0.AddDays(2))),
            "wait with nulls" => RoundTripAsync(RowSamples.SparseWait(parent.Id)),
            "journal entry" => RoundTripAsync(TestData.Journal(parent.Id)),
            "journal entry with nulls" => RoundTripAsync(new JournalEntry { EngagementId = parent.Id, At = TestData.T0, Kind = JournalEntryKind.TimerFired }),
            "incident" => RoundTripAsync(TestData.Incident(parent.Id)),
            "incident resolved" => RoundTripAsync(RowSamples.ResolvedIncident(parent.Id)),
            "outbox message" => RoundTripAsync(TestData.Outbox(parent.Id, Guid.CreateVersion7(), Guid.CreateVersion7())),
            "outbox message sent" => RoundTripAsync(RowSamples.SentOutbox(parent.Id)),
            "document" => RoundTripAsync(TestData.Document(parent.Id)),
            "document sent" => RoundTripAsync(RowSamples.SentDocument(parent.Id)),
            "draft" => RoundTripAsync(TestData.Draft()),
            "draft with nulls" => RoundTripAsync(RowSamples.SparseDraft()),
            "published version" => RoundTripAsync(TestData.Version("client-engagement", 2)),
            "published version retracted" => RoundTripAsync(RowSamples.RetractedVersion()),
            _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, "No such sample."),
        });
    }

    [Fact]
    public async Task statements_are_built_once_per_model()
    {
        var first = await QueryAsync(db => Task.FromResult(EngagementRows.For(db)));
        var second = await QueryAsync(db => Task.FromResult(EngagementRows.For(db)));

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public async Task the_generated_journal_id_is_left_out_of_the_insert_and_read_back()
    {
        var rows = await QueryAsync(db => Task.FromResult(EngagementRows.For(db)));

        rows.Journal.InsertColumns.Select(c => c.Name).ShouldNotContain("Id");
        rows.Journal.Insert.Sql.ShouldContain("RETURNING");
        rows.Tasks.InsertColumns.Select(c => c.Name).ShouldContain("Id");
        rows.Tasks.Insert.Sql.ShouldNotContain("RETURNING");
    }

    [Fact]
    public async Task updates_check_the_revision_where_the_entity_has_one()
    {
        var rows = await QueryAsync(db => Task.FromResult(EngagementRows.For(db)));

        rows.Engagements.Update.Sql.ShouldEndWith("AND \"Revision\" = @e0");
        rows.Tasks.Update.Sql.ShouldEndWith("AND \"Revision\" = @e0");
        rows.Incidents.Update.Sql.ShouldEndWith("WHERE \"Id\" = @k0");
    }

    [Fact]
    public async Task an_update_sets_only_the_indexed_columns_that_changed_since_the_row_was_read()
    {
        var (rows, task) = await ReadBackTaskAsync();

        task.Title = "Renamed";
        var untouched = rows.Tasks.UpdateFor(task, task.Revision).Statement.Sql;
        task.AssigneeGroup = "creative";
        var reassigned = rows.Tasks.UpdateFor(task, task.Revision).Statement.Sql;

        untouched.ShouldContain("\"Title\" =");
        untouched.ShouldNotContain("\"AssigneeGroup\" =");
        untouched.ShouldNotContain("\"Status\" =");
        untouched.ShouldNotContain("\"EngagementId\" =");
        reassigned.ShouldContain("\"AssigneeGroup\" =");
        reassigned.ShouldNotContain("\"Status\" =");
    }

    [Fact]
    public async Task a_column_only_a_partial_index_filter_names_is_set_when_it_changed()
    {
        var (rows, task) = await ReadBackTaskAsync();

        task.Status = WorkTaskStatus.Completed;

        rows.Tasks.UpdateFor(task, task.Revision).Statement.Sql.ShouldContain("\"Status\" =");
    }

    [Fact]
    public async Task an_update_sets_every_column_unless_it_expects_the_revision_the_row_was_read_at()
    {
        var (rows, task) = await ReadBackTaskAsync();
        var stranger = TestData.Task(task.EngagementId);

        rows.Tasks.UpdateFor(task, task.Revision + 1).ShouldBeSameAs(rows.Tasks.FullUpdate, "the row may have changed since");
        rows.Tasks.UpdateFor(stranger, stranger.Revision).ShouldBeSameAs(rows.Tasks.FullUpdate, "nothing is known of a row never read");
    }

    [Fact]
    public async Task a_partial_update_moves_the_index_entries_of_the_columns_it_sets()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        start.AddedTasks.Add(TestData.Task(engagement.Id));
        (await store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var task = (await store.FindTaskAsync(start.AddedTasks[0].Id, Ct))!;
        task.AssigneeGroup = "creative";
        task.Description = "Now for creative";
        (await store.CommitTaskAsync(task, task.Revision, TestData.Journal(engagement.Id, JournalEntryKind.TaskReassigned), Ct))
            .ShouldBe(CommitResult.Committed);

        var inbox = await QueryAsync(db => db.Tasks.AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Open && t.AssigneeGroup == "creative").Select(t => t.Description).ToListAsync(Ct));
        inbox.ShouldBe(["Now for creative"]);
        (await QueryAsync(db => db.Tasks.CountAsync(t => t.AssigneeGroup == "account", Ct))).ShouldBe(0);
    }

    /// <summary>
    /// Writes <paramref name="row"/> through EF, then through the row path, and checks that both leave the same
    /// column values and that each path reads back what the other wrote.
    /// </summary>
    private async Task RoundTripAsync<T>(T row)
        where T : class
    {
        var (map, entityType) = await QueryAsync(db => Task.FromResult(
            (RowMapBuilder.Build<T>(db.Model, db.GetService<ISqlGenerationHelper>()), db.Model.FindEntityType(typeof(T))!)));
        using var session = new RowSession(await Provider.OpenConnectionAsync(ConnectionString, Ct));

        await QueryAsync(async db =>
        {
            db.Add(row);
            return await db.SaveChangesAsync(Ct);
        });
        var storedByEf = await StoredValuesAsync(session, map, row);
        AssertSame(entityType, row, await FindByRowPathAsync(session, map, row) ?? throw new ShouldAssertException("The row path did not find EF's row."), "row path reading EF's row");

        var deleted = session.Command(map.DeleteByKey, null);
        map.BindKeyOf(deleted, row);
        (await deleted.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
        map.ResetGenerated(row);

        await session.InsertAsync(map, row, null, Ct);
        var storedByRowPath = await StoredValuesAsync(session, map, row);
        storedByRowPath.ShouldBe(storedByEf, "the row path must store each column exactly as EF does");

        var keyValues = entityType.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(row)).ToArray();
        var readByEf = await QueryAsync(async db => await db.FindAsync<T>(keyValues, Ct));
        AssertSame(entityType, row, readByEf ?? throw new ShouldAssertException("EF did not find the row path's row."), "EF reading the row path's row");
    }

    /// <summary>A task stored through EF and read back through the row path, which remembers what it read.</summary>
    private async Task<(EngagementRows Rows, WorkTask Task)> ReadBackTaskAsync()
    {
        var engagement = TestData.Engagement();
        var task = TestData.Task(engagement.Id);
        await QueryAsync(async db =>
        {
            db.AddRange(engagement, task);
            return await db.SaveChangesAsync(Ct);
        });
        var rows = await QueryAsync(db => Task.FromResult(EngagementRows.For(db)));
        using var session = new RowSession(await Provider.OpenConnectionAsync(ConnectionString, Ct));
        return (rows, (await session.FindAsync(rows.Tasks, task.Id, Ct))!);
    }

    private string ConnectionString => Services.GetRequiredService<PersistenceOptions>().ConnectionString!;

    private static async Task<T?> FindByRowPathAsync<T>(RowSession session, RowMap<T> map, T row)
        where T : class
    {
        var command = session.Command(map.SelectByKey, null);
        map.BindKeyOf(command, row);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        return await reader.ReadAsync(Ct) ? map.Read(reader) : null;
    }

    /// <summary>The provider values of every column but the store-generated ones, by column name.</summary>
    private static async Task<Dictionary<string, object>> StoredValuesAsync<T>(RowSession session, RowMap<T> map, T row)
        where T : class
    {
        var command = session.Command(map.SelectByKey, null);
        map.BindKeyOf(command, row);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        (await reader.ReadAsync(Ct)).ShouldBeTrue();
        var written = map.InsertColumns.Select(c => c.Name).ToHashSet();
        return Enumerable.Range(0, reader.FieldCount)
            .Where(i => written.Contains(reader.GetName(i)))
            .ToDictionary(reader.GetName, i => reader.GetValue(i));
    }

    private static void AssertSame<T>(IEntityType entityType, T expected, T actual, string path)
    {
        foreach (var property in entityType.GetProperties())
        {
            var want = property.PropertyInfo!.GetValue(expected);
            var got = property.PropertyInfo.GetValue(actual);
            property.GetValueComparer().Equals(want, got).ShouldBeTrue(
                $"{path}: {typeof(T).Name}.{property.Name} was {Show(got)}, expected {Show(want)}");
            if (got is DateTime time)
            {
                time.Kind.ShouldBe(DateTimeKind.Utc, $"{path}: {typeof(T).Name}.{property.Name}");
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        JsonNode node => node.ToJsonString(),
        _ => System.Text.Json.JsonSerializer.Serialize(value),
    };
}
