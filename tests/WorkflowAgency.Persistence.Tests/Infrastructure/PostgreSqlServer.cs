using Npgsql;

namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: <c>WORKFLOWAGENCY_TEST_POSTGRES</c>, or a local one on port 55432
/// (the cluster <c>.ci/run</c> starts). A throwaway database per test is made on it and dropped afterwards.
/// </summary>
/// <remarks>Shared with the server tests through a linked file, so both find the server the same way.</remarks>
public static class PostgreSqlServer
{
    /// <summary>The environment variable holding the connection string of a superuser (no database needed).</summary>
    public const string EnvironmentVariable = "WORKFLOWAGENCY_TEST_POSTGRES";

    private const string DefaultConnectionString = "Host=127.0.0.1;Port=55432;Username=postgres";

    private static readonly SemaphoreSlim Probe = new(1, 1);
    private static string? _unreachable;
    private static bool _probed;

    /// <summary>The server's connection string, without a database.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    /// <remarks>Skips the calling test when the server cannot be reached; under <c>CI=true</c> fails it instead.</remarks>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        await RequireAsync(cancellationToken);

        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var admin = await OpenAdminAsync(cancellationToken))
        await using (var command = admin.CreateCommand())
        {
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    /// <summary>Closes the pooled connections to the database of <paramref name="connectionString"/> and drops it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = await OpenAdminAsync(CancellationToken.None);
        await using var command = admin.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static async Task RequireAsync(CancellationToken cancellationToken)
    {
        await Probe.WaitAsync(cancellationToken);
        try
        {
            if (!_probed)
            {
                try
                {
                    await using var admin = await OpenAdminAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
                {
                    _unreachable = $"PostgreSQL is not reachable at '{AdminConnectionString}' (set {EnvironmentVariable}, or run .ci/run): {ex.Message}";
                }

                _probed = true;
            }
        }
        finally
        {
            Probe.Release();
        }

        if (_unreachable is { } reason)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " CI=true, so a missing PostgreSQL is a failure, not a skip.");
            }

            Assert.Skip(reason);
        }
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = "postgres",
            Pooling = false,
            Timeout = 5,
        };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
