using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// The floor: what the same SQLite file settings do with hand-written SQL and no engine — one transaction per
/// transition with 2 UPDATEs and 2 INSERTs of rows shaped like ours (engagement, task, new task, journal).
/// </summary>
internal sealed class RawSqliteBaseline(BenchmarkSettings settings)
{
    public const string Name = "raw SQLite, 2 UPDATE + 2 INSERT of small rows, 1 index";

    /// <summary>One round on a fresh file: transitions per second.</summary>
    public async Task<double> MeasureAsync()
    {
        using var folder = new TempFolder();
        return await RoundAsync(Path.Combine(folder.Path, "raw.db"));
    }

    private async Task<double> RoundAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=True");
        await connection.OpenAsync();
        await Execute(connection, """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
            CREATE TABLE engagements (id TEXT PRIMARY KEY, status TEXT, stage TEXT, variables TEXT, execution TEXT, revision INTEGER, updated_at TEXT);
            CREATE TABLE tasks (id TEXT PRIMARY KEY, engagement_id TEXT, step TEXT, title TEXT, status TEXT, assignee TEXT, completed_at TEXT, revision INTEGER);
            CREATE INDEX ix_tasks_engagement ON tasks(engagement_id);
            CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, engagement_id TEXT, at TEXT, kind TEXT, step TEXT, actor TEXT, data TEXT);
            """);

        var ids = new List<(string Engagement, string Task)>();
        for (var i = 0; i < settings.Engagements; i++)
        {
            var engagement = Guid.CreateVersion7().ToString();
            var task = Guid.CreateVersion7().ToString();
            await Execute(connection, $"INSERT INTO engagements VALUES ('{engagement}', 'Waiting', 'work', '{{\"budget\":1000}}', '{{}}', 1, '2026-01-01');" +
                $"INSERT INTO tasks VALUES ('{task}', '{engagement}', 't1', 'Task 1', 'Open', 'account', NULL, 0);");
            ids.Add((engagement, task));
        }

        using var update = Command(connection, "UPDATE engagements SET stage = $stage, execution = $execution, revision = revision + 1, updated_at = $now WHERE id = $id AND revision = $revision");
        using var complete = Command(connection, "UPDATE tasks SET status = 'Completed', completed_at = $now, revision = revision + 1 WHERE id = $id AND revision = 0");
        using var insertTask = Command(connection, "INSERT INTO tasks VALUES ($id, $engagement, $step, $title, 'Open', 'account', NULL, 0)");
        using var journal = Command(connection, "INSERT INTO journal (engagement_id, at, kind, step, actor, data) VALUES ($engagement, $now, 'TaskCompleted', $step, 'account1', $data)");

        var transitions = 0;
        var clock = Stopwatch.StartNew();
        for (var step = 2; step <= 8; step++)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var (engagement, task) = ids[i];
                var next = Guid.CreateVersion7().ToString();
                using var transaction = connection.BeginTransaction();
                foreach (var command in new[] { update, complete, insertTask, journal })
                    command.Transaction = transaction;
                Bind(update, ("$stage", "work"), ("$execution", $"{{\"tokens\":[{{\"stepId\":\"t{step}\"}}]}}"), ("$now", DateTime.UtcNow.ToString("O")), ("$id", engagement), ("$revision", step - 1));
                Bind(complete, ("$now", DateTime.UtcNow.ToString("O")), ("$id", task));
                Bind(insertTask, ("$id", next), ("$engagement", engagement), ("$step", $"t{step}"), ("$title", $"Task {step}"));
                Bind(journal, ("$engagement", engagement), ("$now", DateTime.UtcNow.ToString("O")), ("$step", $"t{step - 1}"), ("$data", "{\"task\":\"" + task + "\"}"));
                if (await update.ExecuteNonQueryAsync() != 1 || await complete.ExecuteNonQueryAsync() != 1)
                    throw new InvalidOperationException("baseline lost a row");
                await insertTask.ExecuteNonQueryAsync();
                await journal.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                ids[i] = (engagement, next);
                transitions++;
            }
        }
        return transitions / clock.Elapsed.TotalSeconds;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
