using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Contracts;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

public sealed class SqliteRowPathTests : RowPathContract
{
    private const int SqliteBusy = 5;

    private SqliteTestDatabase File => (SqliteTestDatabase)Database;

    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task row_path_connections_have_normal_sync_foreign_keys_and_a_busy_timeout()
    {
        await using var connection = await Provider.OpenConnectionAsync(File.ConnectionString, Ct);

        Scalar(connection, "PRAGMA synchronous;").ShouldBe("1", "1 is NORMAL");
        Scalar(connection, "PRAGMA foreign_keys;").ShouldBe("1");
        Scalar(connection, "PRAGMA busy_timeout;").ShouldBe("30000");
        Scalar(connection, "PRAGMA journal_mode;").ShouldBe("wal");
    }

    [Fact]
    public async Task the_write_transaction_holds_the_write_lock_from_the_start()
    {
        await using var writer = await Provider.OpenConnectionAsync(File.ConnectionString, Ct);
        await using var transaction = Provider.BeginWriteTransaction(writer);

        // BEGIN IMMEDIATE, not a deferred BEGIN: before any statement runs, nobody else can start writing.
        using var other = File.OpenRawConnection();
        Scalar(other, "PRAGMA busy_timeout = 0;");
        using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.CommandTimeout = 1; // Microsoft.Data.Sqlite retries a busy database for this long; the least it takes.
        Should.Throw<SqliteException>(() => begin.ExecuteNonQuery()).SqliteErrorCode.ShouldBe(SqliteBusy);
    }

    [Fact]
    public async Task a_document_version_rendered_twice_is_a_unique_violation_and_so_a_conflict()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        var start = TestData.Start(engagement);
        start.Documents.Add(TestData.Document(engagement.Id));
        (await store.CommitAsync(start, Ct)).ShouldBe(CommitResult.Committed);

        var again = TestData.Next(engagement);
        again.Documents.Add(TestData.Document(engagement.Id));
        again.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.DocumentRendered));

        (await store.CommitAsync(again, Ct)).ShouldBe(CommitResult.Conflict);
        again.Journal[0].Id.ShouldBe(0, "a rolled-back insert gives no id");
        (await store.FindEngagementAsync(engagement.Id, Ct))!.Revision.ShouldBe(1);
    }

    private static string Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
