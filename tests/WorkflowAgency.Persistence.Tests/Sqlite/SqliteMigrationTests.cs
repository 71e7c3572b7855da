using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

/// <summary>The schema only ever moves forward through migrations, and a database made by an older version upgrades.</summary>
public sealed class SqliteMigrationTests : PersistenceTestBase
{
    private const string EngagementId = "0195F0A1-0000-7000-8000-000000000001";
    private const string TaskId = "0195F0A1-0000-7000-8000-000000000002";

    private SqliteTestDatabase File => (SqliteTestDatabase)Database;

    private IWorkflowDatabase WorkflowDatabase => Services.GetRequiredService<IWorkflowDatabase>();

    protected override bool MigrateFirst => false;

    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task the_model_has_no_changes_that_a_migration_does_not_cover()
    {
        var pending = await QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse("run: dotnet ef migrations add <Name> --project engine/WorkflowAgency.Persistence --context WorkflowDbContext");
    }

    [Fact]
    public async Task the_migrations_are_the_initial_schema_then_outbox_and_documents()
    {
        var names = await WorkflowDatabase.GetPendingMigrationsAsync(Ct);

        // Later migrations may follow; these two come first, in this order, under these names.
        names.Select(n => n[(n.IndexOf('_', StringComparison.Ordinal) + 1)..]).Take(2).ShouldBe(["InitialSchema", "OutboxAndDocuments"]);
    }

    [Fact]
    public async Task migrating_a_new_file_creates_every_table_and_migrating_again_changes_nothing()
    {
        await WorkflowDatabase.MigrateAsync(Ct);
        await WorkflowDatabase.MigrateAsync(Ct);

        (await WorkflowDatabase.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        using var raw = File.OpenRawConnection();
        var tables = Tables(raw);
        foreach (var table in (string[])["DefinitionDrafts", "DefinitionVersions", "Engagements", "Tasks", "Waits", "Journal",
            "Incidents", "Outbox", "Documents"])
        {
            tables.ShouldContain(table);
        }
    }

    [Fact]
    public async Task a_database_file_made_elsewhere_is_switched_to_wal_mode()
    {
        // EF puts the files it creates in WAL mode itself; a file that already exists is left as it is,
        // so this one (made by hand, in SQLite's default rollback-journal mode) shows the pragma at work.
        using (var raw = File.OpenRawConnection())
        {
            using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE Notes (Text TEXT);";
            command.ExecuteNonQuery();
        }

        await WorkflowDatabase.MigrateAsync(Ct);

        using var check = File.OpenRawConnection();
        using var journalMode = check.CreateCommand();
        journalMode.CommandText = "PRAGMA journal_mode;";
        journalMode.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public async Task a_database_made_by_the_first_migration_upgrades_with_its_data_intact()
    {
        await QueryAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync("InitialSchema", Ct);
            return true;
        });
        using (var raw = File.OpenRawConnection())
        {
            Tables(raw).ShouldNotContain("Outbox");
            Tables(raw).ShouldNotContain("Documents");
            WriteRowsAsTheFirstVersionDid(raw);
        }

        (await WorkflowDatabase.GetPendingMigrationsAsync(Ct))[0].ShouldEndWith("_OutboxAndDocuments");
        await WorkflowDatabase.MigrateAsync(Ct);

        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = (await store.FindEngagementAsync(Guid.Parse(EngagementId), Ct)).ShouldNotBeNull();
        engagement.ClientName.ShouldBe("Acme");
        engagement.Status.ShouldBe(EngagementStatus.Waiting);
        engagement.CreatedAt.ShouldBe(new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        engagement.Variables["budget"]!.GetValue<int>().ShouldBe(5000);
        engagement.Execution.Tokens.ShouldHaveSingleItem().StepId.ShouldBe("draft");
        engagement.Revision.ShouldBe(4);
        var task = (await store.FindTaskAsync(Guid.Parse(TaskId), Ct)).ShouldNotBeNull();
        task.Title.ShouldBe("Draft the proposal");
        task.Priority.ShouldBe(TaskPriority.Urgent);
        var journal = await QueryAsync(db => db.Journal.AsNoTracking().SingleAsync(Ct));
        journal.Kind.ShouldBe(JournalEntryKind.EngagementStarted);
        journal.Data!["source"]!.GetValue<string>().ShouldBe("crm");

        // The new tables work alongside the old rows.
        var commit = TestData.Next(engagement);
        var document = TestData.Document(engagement.Id);
        commit.Documents.Add(document);
        commit.Outbox.Add(TestData.Outbox(engagement.Id, document.Id));
        commit.Journal.Add(TestData.Journal(engagement.Id, JournalEntryKind.EmailQueued));
        (await store.CommitAsync(commit, Ct)).ShouldBe(CommitResult.Committed);
        var email = await QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(Ct));
        email.Attachments.ShouldBe([document.Id]);
        (await QueryAsync(db => db.Journal.CountAsync(Ct))).ShouldBe(2);
    }

    // Frozen SQL: exactly what the InitialSchema version of the application wrote, whatever the model says today.
    private static void WriteRowsAsTheFirstVersionDid(SqliteConnection raw)
    {
        using var command = raw.CreateCommand();
        command.CommandText = $$"""
            INSERT INTO Engagements (Id, DefinitionId, DefinitionVersion, Status, Stage, StageEnteredAt, ClientName,
                Owner, CreatedAt, UpdatedAt, Variables, Execution, Revision)
            VALUES ('{{EngagementId}}', 'client-engagement', 1, 'Waiting', 'proposal', '2025-01-02 03:04:05', 'Acme',
                'alice', '2025-01-02 03:04:05', '2025-01-02 03:04:05', '{"budget":5000}',
                '{"tokens":[{"id":"0195f0a1-0000-7000-8000-0000000000aa","stepId":"draft","status":"Waiting","waitId":"{{TaskId}}","forks":[]}],"forks":[]}', 4);
            INSERT INTO Tasks (Id, EngagementId, TokenId, Stage, StepId, Title, AssigneeUser, Status, Priority,
                CreatedAt, DueAt, Revision)
            VALUES ('{{TaskId}}', '{{EngagementId}}', '0195F0A1-0000-7000-8000-0000000000AA', 'proposal', 'draft',
                'Draft the proposal', 'alice', 'Open', 3, '2025-01-02 03:04:05', '2025-01-05 03:04:05', 1);
            INSERT INTO Journal (EngagementId, At, Kind, Stage, Actor, Data)
            VALUES ('{{EngagementId}}', '2025-01-02 03:04:05', 'EngagementStarted', 'handoff', 'sales', '{"source":"crm"}');
            """;
        command.ExecuteNonQuery();
    }

    private static List<string> Tables(SqliteConnection raw)
    {
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
