using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.PostgreSql;

/// <summary>What the PostgreSQL schema looks like: native types, its own migrations, and keys that turn races into conflicts.</summary>
public sealed class PostgreSqlDatabaseTests : PersistenceTestBase
{
    private PostgreSqlTestDatabase Server => (PostgreSqlTestDatabase)Database;

    protected override ITestDatabase CreateDatabase() => new PostgreSqlTestDatabase();

    [Fact]
    public async Task the_model_has_no_changes_that_a_postgresql_migration_does_not_cover()
    {
        var pending = await QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse(
            "run: dotnet ef migrations add <Name> --project engine/WorkflowAgency.Persistence --context PostgreSqlWorkflowDbContext --output-dir PostgreSql/Migrations");
    }

    [Fact]
    public async Task migrating_again_changes_nothing_and_every_table_exists()
    {
        var database = Services.GetRequiredService<IWorkflowDatabase>();
        await database.MigrateAsync(Ct);

        (await database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        var tables = await ScalarsAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        foreach (var table in (string[])["DefinitionDrafts", "DefinitionVersions", "Engagements", "Tasks", "Waits", "Journal",
            "Incidents", "Outbox", "Documents", "__EFMigrationsHistory"])
        {
            tables.ShouldContain(table);
        }
    }

    [Fact]
    public async Task ids_timestamps_and_json_have_native_types()
    {
        var types = await ScalarsAsync(
            "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'Engagements' ORDER BY column_name");

        types.ShouldContain("Id:uuid");
        types.ShouldContain("CreatedAt:timestamp with time zone");
        types.ShouldContain("Variables:jsonb");
        types.ShouldContain("Execution:jsonb");
        types.ShouldContain("Status:character varying", "enums stay readable names");
    }

    [Fact]
    public async Task what_the_row_path_writes_reads_back_in_utc_and_queries_inside_json()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        var commit = TestData.Start(engagement);
        commit.AddedTasks.Add(TestData.Task(engagement.Id));
        await store.CommitAsync(commit, Ct);

        var id = engagement.Id.ToString();
        (await ScalarsAsync($"SELECT \"Variables\" #>> '{{client,company}}' FROM \"Engagements\" WHERE \"Id\" = '{id}'")).ShouldBe(["Sông Hồng Café"]);
        (await ScalarsAsync($"SELECT to_char(\"CreatedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') FROM \"Engagements\" WHERE \"Id\" = '{id}'"))
            .ShouldBe(["2025-03-03 09:30:15.123"]);
        (await ScalarsAsync("SELECT \"Status\" || '/' || \"Priority\" FROM \"Tasks\"")).ShouldBe(["Open/2"]);
        var read = (await store.FindEngagementAsync(engagement.Id, Ct))!;
        read.CreatedAt.ShouldBe(TestData.T0);
        read.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
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

    [Fact]
    public async Task many_commits_racing_on_one_engagement_revision_let_exactly_one_through()
    {
        var store = Services.GetRequiredService<IEngagementStore>();
        var engagement = TestData.Engagement();
        await store.CommitAsync(TestData.Start(engagement), Ct);

        // Each racer holds its own copy read at revision 1, as separate nodes would.
        var commits = new List<EngagementCommit>();
        for (var i = 0; i < 16; i++)
        {
            var commit = TestData.Next((await store.FindEngagementAsync(engagement.Id, Ct))!);
            commit.Journal.Add(TestData.Journal(engagement.Id));
            commits.Add(commit);
        }

        var results = await Task.WhenAll(commits.Select(c => Task.Run(() => store.CommitAsync(c, Ct), Ct)));

        results.Count(r => r == CommitResult.Committed).ShouldBe(1);
        (await ScalarsAsync("SELECT count(*) FROM \"Journal\"")).ShouldBe(["1"], "the losers' journal lines were rolled back");
    }

    private async Task<List<string>> ScalarsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }
}
