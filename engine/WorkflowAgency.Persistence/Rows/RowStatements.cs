using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>The SQL of one table's row statements, with their parameters.</summary>
/// <remarks>
/// Plain standard SQL with the provider's identifier quoting and parameter markers (EF's
/// <see cref="ISqlGenerationHelper"/>), so another EF provider gets it right too; only INSERT … RETURNING needs
/// an engine that has it (SQLite, PostgreSQL). Column parameters are <c>p0…</c>, key parameters <c>k0…</c> and
/// the expected token <c>e0</c>, so one naming scheme serves every statement.
/// </remarks>
internal sealed class RowStatements<T>(ISqlGenerationHelper sql, string table, RowColumn<T>[] keyColumns)
{
    public SqlStatement Insert(RowColumn<T>[] columns, RowColumn<T>[] generated)
    {
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var values = string.Join(", ", columns.Select((_, i) => Placeholder("p", i)));
        var returning = generated.Length == 0
            ? ""
            : " RETURNING " + string.Join(", ", generated.Select(c => sql.DelimitIdentifier(c.Name)));
        return new SqlStatement(
            $"INSERT INTO {table} ({names}) VALUES ({values}){returning}",
            columns.Select((c, i) => c.Parameter(Name("p", i))).ToArray());
    }

    /// <summary><c>UPDATE … SET <paramref name="setColumns"/> WHERE key [AND token = expected]</c>.</summary>
    public RowUpdate<T> Update(RowColumn<T>[] setColumns, RowColumn<T>? token)
    {
        var assignments = string.Join(", ", setColumns.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = {Placeholder("p", i)}"));
        var predicate = KeyPredicate();
        var parameters = setColumns.Select((c, i) => c.Parameter(Name("p", i))).Concat(KeyParameters()).ToList();
        if (token is not null)
        {
            predicate += $" AND {sql.DelimitIdentifier(token.Name)} = {Placeholder("e", 0)}";
            parameters.Add(token.Parameter(Name("e", 0)));
        }

        return new RowUpdate<T>(
            new SqlStatement($"UPDATE {table} SET {assignments} WHERE {predicate}", parameters), setColumns, keyColumns, token);
    }

    public SqlStatement SelectByKey(RowColumn<T>[] columns) => new(
        $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {table} WHERE {KeyPredicate()}",
        KeyParameters());

    public SqlStatement DeleteByKey() => new($"DELETE FROM {table} WHERE {KeyPredicate()}", KeyParameters());

    private string KeyPredicate() =>
        string.Join(" AND ", keyColumns.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = {Placeholder("k", i)}"));

    private SqlParameterSpec[] KeyParameters() =>
        keyColumns.Select((c, i) => new SqlParameterSpec(Name("k", i), c.Mapping, false)).ToArray();

    private string Name(string prefix, int index) => sql.GenerateParameterName(prefix + index);

    private string Placeholder(string prefix, int index) => sql.GenerateParameterNamePlaceholder(prefix + index);
}
