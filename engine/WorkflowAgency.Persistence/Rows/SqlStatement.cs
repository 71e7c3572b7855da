using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>A statement of the row path: its SQL, built once from the model, and its parameters in binding order.</summary>
/// <remarks>Compared by reference: each statement is built once per model and <see cref="RowSession"/> caches a prepared command per instance.</remarks>
internal sealed class SqlStatement(string sql, IReadOnlyList<SqlParameterSpec> parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<SqlParameterSpec> Parameters { get; } = parameters;

    /// <summary>A prepared command on <paramref name="connection"/> whose parameters only need values.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "The SQL is built from the EF model's table and column names; values are always parameters.")]
    public DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = Sql;
            foreach (var parameter in Parameters)
            {
                // Configured by the type mapping once, as EF configures its own parameters; the value is set per execution.
                command.Parameters.Add(parameter.Mapping.CreateParameter(command, parameter.Name, null, parameter.Nullable));
            }

            command.Prepare();
            return command;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    public override string ToString() => Sql;
}
