using Npgsql;
using NpgsqlTypes;
using WorkflowAgency.Benchmarks.Engine;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// <see cref="SameWritesBaseline"/> on PostgreSQL: the engine's writes for a start and a completion, hand-written
/// on Npgsql with no engine, on a database the product migrated (every index), one transaction each.
/// </summary>
/// <remarks>
/// The statements are the SQLite baseline's, in the same order and with rows of the same size; the parameters are
/// typed as the engine's row path types them (uuid, timestamptz, jsonb) and prepared once on one open connection,
/// as the row path keeps its prepared statements per pooled connection.
/// </remarks>
internal sealed class PostgreSqlSameWritesBaseline(BenchmarkSettings settings)
{
    /// <summary>Starts per second and completions per second, on <paramref name="target"/> (a fresh database, migrated here).</summary>
    public async Task<(Rate Starts, Rate Completions)> MeasureAsync(DatabaseTarget target)
    {
        await (await EngineHost.OpenAsync(target)).DisposeAsync();

        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();

        await using var insertEngagement = await PrepareAsync(connection, """
            INSERT INTO "Engagements" ("Id", "DefinitionId", "DefinitionVersion", "Status", "Stage", "StageEnteredAt", "ClientName", "ClientCompany", "ClientEmail", "Owner", "NextDueAt", "Result", "CreatedAt", "UpdatedAt", "CompletedAt", "Variables", "Execution", "Revision")
            VALUES (@id, 'eight-tasks', 1, 'Waiting', 'work', @now, @client, NULL, NULL, NULL, NULL, NULL, @now, @now, NULL, @variables, @execution, 1)
            """, ("id", NpgsqlDbType.Uuid), ("now", NpgsqlDbType.TimestampTz), ("client", NpgsqlDbType.Varchar), ("variables", NpgsqlDbType.Jsonb), ("execution", NpgsqlDbType.Jsonb));
        await using var updateEngagement = await PrepareAsync(connection, """
            UPDATE "Engagements" SET "StageEnteredAt" = @now, "ClientCompany" = NULL, "ClientEmail" = NULL, "Result" = NULL, "CreatedAt" = @now, "UpdatedAt" = @now, "CompletedAt" = NULL, "Variables" = @variables, "Execution" = @execution, "Revision" = @revision + 1
            WHERE "Id" = @id AND "Revision" = @revision
            """, ("now", NpgsqlDbType.TimestampTz), ("variables", NpgsqlDbType.Jsonb), ("execution", NpgsqlDbType.Jsonb), ("revision", NpgsqlDbType.Integer), ("id", NpgsqlDbType.Uuid));
        await using var insertTask = await PrepareAsync(connection, """
            INSERT INTO "Tasks" ("Id", "EngagementId", "TokenId", "Stage", "StepId", "Title", "Description", "AssigneeUser", "AssigneeGroup", "ClaimedBy", "Status", "Priority", "CreatedAt", "DueAt", "CompletedAt", "CompletedBy", "Outcome", "Data", "Revision")
            VALUES (@id, @engagement, @token, 'work', @step, @title, NULL, NULL, 'account', NULL, 'Open', 1, @now, NULL, NULL, NULL, NULL, NULL, 0)
            """, ("id", NpgsqlDbType.Uuid), ("engagement", NpgsqlDbType.Uuid), ("token", NpgsqlDbType.Uuid), ("step", NpgsqlDbType.Varchar), ("title", NpgsqlDbType.Varchar), ("now", NpgsqlDbType.TimestampTz));
        await using var completeTask = await PrepareAsync(connection, """
            UPDATE "Tasks" SET "TokenId" = @token, "Stage" = 'work', "StepId" = @step, "Title" = @title, "Description" = NULL, "Status" = 'Completed', "Priority" = 1, "CreatedAt" = @now, "CompletedAt" = @now, "CompletedBy" = 'account1', "Outcome" = 'done', "Data" = '{}', "Revision" = 1
            WHERE "Id" = @id AND "Revision" = 0
            """, ("token", NpgsqlDbType.Uuid), ("step", NpgsqlDbType.Varchar), ("title", NpgsqlDbType.Varchar), ("now", NpgsqlDbType.TimestampTz), ("id", NpgsqlDbType.Uuid));
        await using var journal = await PrepareAsync(connection, """
            INSERT INTO "Journal" ("EngagementId", "At", "Kind", "Stage", "StepId", "Actor", "Outcome", "Data") VALUES (@engagement, @now, @kind, 'work', @step, 'account1', NULL, @data) RETURNING "Id"
            """, ("engagement", NpgsqlDbType.Uuid), ("now", NpgsqlDbType.TimestampTz), ("kind", NpgsqlDbType.Varchar), ("step", NpgsqlDbType.Varchar), ("data", NpgsqlDbType.Jsonb));

        var engagements = new (Guid Id, Guid Task, Guid Token)[settings.Engagements];
        var clock = new Clock();
        clock.Start();
        for (var i = 0; i < engagements.Length; i++)
        {
            var now = DateTime.UtcNow;
            var e = (Id: Guid.CreateVersion7(), Task: Guid.CreateVersion7(), Token: Guid.CreateVersion7());
            engagements[i] = e;
            await using var transaction = await connection.BeginTransactionAsync();
            await RunAsync(insertEngagement, e.Id, now, $"Client {i}", SameWritesPayloads.Variables, Execution(e.Token, e.Task, 1));
            await RunAsync(insertTask, e.Task, e.Id, e.Token, "t1", $"Task 1 for Client {i}", now);
            await JournalAsync(journal, e.Id, now, "EngagementStarted", null, """{"definition":"eight-tasks","version":1,"owner":null}""");
            await JournalAsync(journal, e.Id, now, "StageEntered", null, """{"name":"Work"}""");
            await JournalAsync(journal, e.Id, now, "TaskCreated", "t1", TaskCreated(e.Task, "Task 1 for Client " + i));
            await transaction.CommitAsync();
        }

        clock.Stop();
        var starts = clock.RateOf(engagements.Length);

        clock = new Clock();
        clock.Start();
        for (var step = 2; step <= 8; step++)
        {
            for (var i = 0; i < engagements.Length; i++)
            {
                var now = DateTime.UtcNow;
                var e = engagements[i];
                var next = (Task: Guid.CreateVersion7(), Token: Guid.CreateVersion7());
                await using var transaction = await connection.BeginTransactionAsync();
                if (await RunAsync(updateEngagement, now, SameWritesPayloads.Variables, Execution(next.Token, next.Task, step), step - 1, e.Id) != 1
                    || await RunAsync(completeTask, e.Token, $"t{step - 1}", $"Task {step - 1}", now, e.Task) != 1)
                    throw new InvalidOperationException("the baseline lost a row");
                await RunAsync(insertTask, next.Task, e.Id, next.Token, $"t{step}", $"Task {step}", now);
                await JournalAsync(journal, e.Id, now, "TaskCompleted", $"t{step - 1}", $$$"""{"task":"{{{e.Task}}}","data":{}}""");
                await JournalAsync(journal, e.Id, now, "TaskCreated", $"t{step}", TaskCreated(next.Task, $"Task {step}"));
                await transaction.CommitAsync();
                engagements[i] = (e.Id, next.Task, next.Token);
            }
        }

        clock.Stop();
        return (starts, clock.RateOf(engagements.Length * 7));
    }

    private static string Execution(Guid token, Guid task, int step) => SameWritesPayloads.Execution(token.ToString(), task.ToString(), step);

    private static string TaskCreated(Guid task, string title) => SameWritesPayloads.TaskCreated(task.ToString(), title);

    private static async Task JournalAsync(NpgsqlCommand command, Guid engagement, DateTime now, string kind, string? step, string data)
    {
        Bind(command, engagement, now, kind, (object?)step ?? DBNull.Value, data);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        _ = reader.GetInt64(0);
    }

    private static Task<int> RunAsync(NpgsqlCommand command, params object[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQueryAsync();
    }

    // Parameters in the order they were declared; the command was prepared with their types, only values change.
    private static void Bind(NpgsqlCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }

    private static async Task<NpgsqlCommand> PrepareAsync(NpgsqlConnection connection, string sql, params (string Name, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, type) in parameters)
            command.Parameters.Add(new NpgsqlParameter(name, type));
        await command.PrepareAsync();
        return command;
    }
}
