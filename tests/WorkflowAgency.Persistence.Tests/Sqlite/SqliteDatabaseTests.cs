using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

/// <summary>What the SQLite file itself looks like: its modes, and columns a person can read.</summary>
public sealed class SqliteDatabaseTests : PersistenceTestBase
{
    private SqliteTestDatabase File => (SqliteTestDatabase)Database;

    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public void the_database_file_is_in_wal_mode()
    {
        using var raw = File.OpenRawConnection();

        Scalar(raw, "PRAGMA journal_mode;").ShouldBe("wal");
    }

    [Fact]
    public async Task connections_from_the_context_have_normal_sync_foreign_keys_and_a_busy_timeout()
    {
        var pragmas = await QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            return (Sync: Scalar(connection, "PRAGMA synchronous;"),
                ForeignKeys: Scalar(connection, "PRAGMA foreign_keys;"),
                BusyTimeout: Scalar(connection, "PRAGMA busy_timeout;"));
        });

        pragmas.Sync.ShouldBe("1", "1 is NORMAL");
        pragmas.ForeignKeys.ShouldBe("1");
        pragmas.BusyTimeout.ShouldBe("30000");
    }

    [Fact]
    public async Task a_child_row_of_an_unknown_engagement_is_refused()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        await store.CommitAsync(TestData.Start(engagement), Ct);
        var commit = TestData.Next(engagement);
        commit.AddedTasks.Add(TestData.Task(Guid.CreateVersion7()));

        await Should.ThrowAsync<DbUpdateException>(() => store.CommitAsync(commit, Ct));
        (await store.FindEngagementAsync(engagement.Id, Ct))!.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task enums_timestamps_and_json_are_stored_as_readable_text()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        var commit = TestData.Start(engagement);
        commit.AddedTasks.Add(TestData.Task(engagement.Id));
        await store.CommitAsync(commit, Ct);

        using var raw = File.OpenRawConnection();
        var id = engagement.Id.ToString().ToUpperInvariant();
        Scalar(raw, $"SELECT Status FROM Engagements WHERE Id = '{id}'").ShouldBe("Waiting");
        Scalar(raw, $"SELECT CreatedAt FROM Engagements WHERE Id = '{id}'").ShouldBe("2025-03-03 09:30:15.123");
        Scalar(raw, $"SELECT Variables FROM Engagements WHERE Id = '{id}'").ShouldContain("\"company\":\"Sông Hồng Café\"");
        Scalar(raw, $"SELECT Execution FROM Engagements WHERE Id = '{id}'").ShouldContain("\"status\":\"Waiting\"");
        Scalar(raw, "SELECT Status || '/' || Priority FROM Tasks").ShouldBe("Open/2", "priority stays a number so the inbox can sort by it");
    }

    [Fact]
    public async Task timestamps_given_in_local_time_are_stored_as_utc()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        engagement.CreatedAt = TestData.T0.ToLocalTime();

        await store.CommitAsync(TestData.Start(engagement), Ct);

        var read = (await store.FindEngagementAsync(engagement.Id, Ct))!;
        read.CreatedAt.ShouldBe(TestData.T0);
        read.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task the_timer_query_is_a_range_scan_of_the_due_date_index()
    {
        var now = TestData.T0;
        var plan = await PlanAsync(db => db.Waits.Where(w => w.DueAt <= now).OrderBy(w => w.DueAt).Take(10));

        plan.ShouldContain("USING INDEX IX_Waits_DueAt");
        plan.ShouldNotContain("TEMP B-TREE", customMessage: "the index already gives the order");
    }

    [Fact]
    public async Task the_engagement_list_reads_its_newest_first_page_from_an_index_without_sorting_every_engagement()
    {
        var plan = await PlanAsync(db => db.Engagements.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(50));

        plan.ShouldContain("IX_Engagements_CreatedAt_Id");
        plan.ShouldNotContain("TEMP B-TREE", customMessage: "a sort would read every engagement for one page");
    }

    private Task<string> PlanAsync<T>(Func<WorkflowDbContext, IQueryable<T>> query) =>
        QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await using var command = query(db).CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await using var reader = await command.ExecuteReaderAsync(Ct);
            var details = new List<string>();
            while (await reader.ReadAsync(Ct))
            {
                details.Add(reader.GetString(3));
            }

            return string.Join(" | ", details);
        });

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
