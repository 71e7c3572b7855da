using System.Data.Common;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>An open connection of the row path, the statements already prepared on it, and the row operations over them.</summary>
/// <remarks>
/// Prepared statements die with the connection object that prepared them (Microsoft.Data.Sqlite finalizes them
/// on Close even though the native handle goes back to its pool), so the session keeps its connection open
/// and is pooled whole by <see cref="RowSessionPool"/>: each statement is prepared once per session instead of
/// once per call, which is what keeps the hot path close to hand-written SQL.
/// </remarks>
internal sealed class RowSession(DbConnection connection) : IDisposable
{
    private readonly Dictionary<SqlStatement, DbCommand> _commands = [];

    public DbConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="statement"/>, enlisted in <paramref name="transaction"/>; bind values before executing.</summary>
    public DbCommand Command(SqlStatement statement, DbTransaction? transaction)
    {
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = statement.CreateCommand(Connection);
            _commands.Add(statement, command);
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>The row with the single-column key <paramref name="key"/>, or null.</summary>
    public async Task<T?> FindAsync<T>(RowMap<T> map, object key, CancellationToken cancellationToken)
        where T : class
    {
        var command = Command(map.SelectByKey, null);
        map.BindKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? map.Read(reader) : null;
    }

    /// <summary>Inserts <paramref name="row"/> and copies any store-generated values onto it.</summary>
    public async Task InsertAsync<T>(RowMap<T> map, T row, DbTransaction? transaction, CancellationToken cancellationToken)
        where T : class
    {
        var command = Command(map.Insert, transaction);
        map.BindInsert(command, row);
        if (!map.HasGeneratedValues)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The insert into {map.Table} returned no generated values.");
        }

        map.ReadGenerated(reader, row);
    }

    public async Task InsertAllAsync<T>(RowMap<T> map, List<T> rows, DbTransaction? transaction, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var row in rows)
        {
            await InsertAsync(map, row, transaction, cancellationToken);
        }
    }

    /// <summary>
    /// Updates every column of <paramref name="row"/>; false when no row has its key (and, where the entity has a
    /// token, <paramref name="expectedToken"/>). A <paramref name="nextToken"/> is written instead of the row's own.
    /// </summary>
    public async Task<bool> UpdateAsync<T>(
        RowMap<T> map, T row, object? expectedToken, object? nextToken, DbTransaction? transaction, CancellationToken cancellationToken)
        where T : class
    {
        var update = map.UpdateFor(row, expectedToken);
        var command = Command(update.Statement, transaction);
        update.Bind(command, row, expectedToken);
        if (nextToken is not null)
        {
            update.SetNextToken(command, nextToken);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Deletes the row with the single-column key <paramref name="key"/>, if there is one.</summary>
    public async Task DeleteAsync<T>(RowMap<T> map, object key, DbTransaction? transaction, CancellationToken cancellationToken)
        where T : class
    {
        var command = Command(map.DeleteByKey, transaction);
        map.BindKey(command, key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }
}
