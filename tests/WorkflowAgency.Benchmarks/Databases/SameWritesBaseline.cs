using Microsoft.Data.Sqlite;
using WorkflowAgency.Benchmarks.Engine;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// The baseline: the same writes as the engine's transitions, hand-written against the raw driver and no
/// engine — the same migrated schema (every index), the same pragmas, the same statements in the same order with
/// rows of the same size. What the engine costs beyond it is the engine: reading the rows back, running the
/// process, building the JSON, binding the row path's statements.
/// </summary>
/// <remarks>
/// A start is 1 engagement, 1 task and 3 journal INSERTs; a completion is the revision-checked UPDATEs of the
/// engagement (its unindexed columns, as the row path writes them) and of the task, 1 task and 2 journal INSERTs.
/// </remarks>
internal sealed class SameWritesBaseline(BenchmarkSettings settings)
{
    /// <summary>Starts per second and completions per second, on a fresh file.</summary>
    public async Task<(Rate Starts, Rate Completions)> MeasureAsync()
    {
        using var folder = new TempFolder();
        var target = SqliteDatabases.Fresh(folder, "same-writes");
        await (await EngineHost.OpenAsync(target)).DisposeAsync();

        await using var connection = new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync();
        }

        using var insertEngagement = Prepare(connection, """
            INSERT INTO "Engagements" ("Id", "DefinitionId", "DefinitionVersion", "Status", "Stage", "StageEnteredAt", "ClientName", "ClientCompany", "ClientEmail", "Owner", "NextDueAt", "Result", "CreatedAt", "UpdatedAt", "CompletedAt", "Variables", "Execution", "Revision")
            VALUES ($id, 'eight-tasks', 1, 'Waiting', 'work', $now, $client, NULL, NULL, NULL, NULL, NULL, $now, $now, NULL, $variables, $execution, 1)
            """);
        using var updateEngagement = Prepare(connection, """
            UPDATE "Engagements" SET "StageEnteredAt" = $now, "ClientCompany" = NULL, "ClientEmail" = NULL, "Result" = NULL, "CreatedAt" = $now, "UpdatedAt" = $now, "CompletedAt" = NULL, "Variables" = $variables, "Execution" = $execution, "Revision" = $revision + 1
            WHERE "Id" = $id AND "Revision" = $revision
            """);
        using var insertTask = Prepare(connection, """
            INSERT INTO "Tasks" ("Id", "EngagementId", "TokenId", "Stage", "StepId", "Title", "Description", "AssigneeUser", "AssigneeGroup", "ClaimedBy", "Status", "Priority", "CreatedAt", "DueAt", "CompletedAt", "CompletedBy", "Outcome", "Data", "Revision")
            VALUES ($id, $engagement, $token, 'work', $step, $title, NULL, NULL, 'account', NULL, 'Open', 1, $now, NULL, NULL, NULL, NULL, NULL, 0)
            """);
        using var completeTask = Prepare(connection, """
            UPDATE "Tasks" SET "TokenId" = $token, "Stage" = 'work', "StepId" = $step, "Title" = $title, "Description" = NULL, "Status" = 'Completed', "Priority" = 1, "CreatedAt" = $now, "CompletedAt" = $now, "CompletedBy" = 'account1', "Outcome" = 'done', "Data" = '{}', "Revision" = 1
            WHERE "Id" = $id AND "Revision" = 0
            """);
        using var journal = Prepare(connection, """
            INSERT INTO "Journal" ("EngagementId", "At", "Kind", "Stage", "StepId", "Actor", "Outcome", "Data") VALUES ($engagement, $now, $kind, 'work', $step, 'account1', NULL, $data) RETURNING "Id"
            """);

        var engagements = new (string Id, string Task, string Token)[settings.Engagements];
        var clock = new Clock();
        clock.Start();
        for (var i = 0; i < engagements.Length; i++)
        {
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            var e = (Id: NewId(), Task: NewId(), Token: NewId());
            engagements[i] = e;
            using var transaction = connection.BeginTransaction(deferred: false);
            Run(insertEngagement, transaction, ("$id", e.Id), ("$now", now), ("$client", $"Client {i}"), ("$variables", SameWritesPayloads.Variables), ("$execution", Execution(e.Token, e.Task, 1)));
            Run(insertTask, transaction, ("$id", e.Task), ("$engagement", e.Id), ("$token", e.Token), ("$step", "t1"), ("$title", $"Task 1 for Client {i}"), ("$now", now));
            Journal(journal, transaction, e.Id, now, "EngagementStarted", null, """{"definition":"eight-tasks","version":1,"owner":null}""");
            Journal(journal, transaction, e.Id, now, "StageEntered", null, """{"name":"Work"}""");
            Journal(journal, transaction, e.Id, now, "TaskCreated", "t1", TaskCreated(e.Task, "Task 1 for Client " + i));
            transaction.Commit();
        }

        clock.Stop();
        var starts = clock.RateOf(engagements.Length);

        clock = new Clock();
        clock.Start();
        for (var step = 2; step <= 8; step++)
        {
            for (var i = 0; i < engagements.Length; i++)
            {
                var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
                var e = engagements[i];
                var next = (Task: NewId(), Token: NewId());
                using var transaction = connection.BeginTransaction(deferred: false);
                if (Run(updateEngagement, transaction, ("$id", e.Id), ("$now", now), ("$variables", SameWritesPayloads.Variables), ("$execution", Execution(next.Token, next.Task, step)), ("$revision", step - 1)) != 1
                    || Run(completeTask, transaction, ("$id", e.Task), ("$token", e.Token), ("$step", $"t{step - 1}"), ("$title", $"Task {step - 1}"), ("$now", now)) != 1)
                    throw new InvalidOperationException("the baseline lost a row");
                Run(insertTask, transaction, ("$id", next.Task), ("$engagement", e.Id), ("$token", next.Token), ("$step", $"t{step}"), ("$title", $"Task {step}"), ("$now", now));
                Journal(journal, transaction, e.Id, now, "TaskCompleted", $"t{step - 1}", $$$"""{"task":"{{{e.Task.ToLowerInvariant()}}}","data":{}}""");
                Journal(journal, transaction, e.Id, now, "TaskCreated", $"t{step}", TaskCreated(next.Task, $"Task {step}"));
                transaction.Commit();
                engagements[i] = (e.Id, next.Task, next.Token);
            }
        }

        clock.Stop();
        return (starts, clock.RateOf(engagements.Length * 7));
    }

    // Upper case, as Microsoft.Data.Sqlite writes a Guid parameter.
    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static string Execution(string token, string task, int step) =>
        SameWritesPayloads.Execution(token.ToLowerInvariant(), task.ToLowerInvariant(), step);

    private static string TaskCreated(string task, string title) => SameWritesPayloads.TaskCreated(task.ToLowerInvariant(), title);

    private static void Journal(SqliteCommand command, SqliteTransaction transaction, string engagement, string now, string kind, string? step, string data)
    {
        Bind(command, transaction, ("$engagement", engagement), ("$now", now), ("$kind", kind), ("$step", (object?)step ?? DBNull.Value), ("$data", data));
        using var reader = command.ExecuteReader();
        reader.Read();
        _ = reader.GetInt64(0);
    }

    private static int Run(SqliteCommand command, SqliteTransaction transaction, params (string Name, object Value)[] values)
    {
        Bind(command, transaction, values);
        return command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, params (string Name, object Value)[] values)
    {
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }
}
