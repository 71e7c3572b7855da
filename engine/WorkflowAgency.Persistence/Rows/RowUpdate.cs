using System.Data.Common;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>One shape of a row's UPDATE: the columns it sets, in parameter order, then the key and the expected token.</summary>
internal sealed class RowUpdate<T>(SqlStatement statement, RowColumn<T>[] setColumns, RowColumn<T>[] keyColumns, RowColumn<T>? token)
{
    private readonly int _tokenIndex = token is null ? -1 : Array.IndexOf(setColumns, token);

    public SqlStatement Statement { get; } = statement;

    public RowColumn<T>[] SetColumns { get; } = setColumns;

    /// <summary>Binds <paramref name="row"/>; the row must still have <paramref name="expectedToken"/> when the entity has a token.</summary>
    public void Bind(DbCommand command, T row, object? expectedToken)
    {
        var parameters = command.Parameters;
        var index = 0;
        foreach (var column in SetColumns)
        {
            parameters[index++].Value = column.ValueOf(row);
        }

        foreach (var column in keyColumns)
        {
            parameters[index++].Value = column.ValueOf(row);
        }

        if (token is not null)
        {
            parameters[index].Value = token.ToProvider(expectedToken);
        }
    }

    /// <summary>Overrides the token value a bound update writes, so the row object moves only once the commit succeeds.</summary>
    public void SetNextToken(DbCommand command, object nextToken)
    {
        if (_tokenIndex < 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name}'s update sets no concurrency token.");
        }

        command.Parameters[_tokenIndex].Value = token!.ToProvider(nextToken);
    }
}
