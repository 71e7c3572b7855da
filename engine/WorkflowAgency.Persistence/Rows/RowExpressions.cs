using System.Data.Common;
using System.Linq.Expressions;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Compiles the whole-row delegates of a <see cref="RowMap{T}"/> from its columns' <see cref="ColumnExpressions"/>.</summary>
internal static class RowExpressions
{
    /// <summary><c>new T { Column0 = read(0), … }</c> over a reader positioned on a row of every column, in order.</summary>
    public static Func<DbDataReader, T> Reader<T>(RowColumn<T>[] columns)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var bindings = columns.Select((c, ordinal) =>
        {
            var info = c.Property.PropertyInfo!;
            return (MemberBinding)Expression.Bind(info, ColumnExpressions.Read(reader, ordinal, info.PropertyType, c.Mapping, c.IsNullable));
        });
        var body = Expression.MemberInit(Expression.New(typeof(T)), bindings);
        return Expression.Lambda<Func<DbDataReader, T>>(body, reader).Compile();
    }

    /// <summary>Copies the values a RETURNING clause read onto the row.</summary>
    public static Action<DbDataReader, T> GeneratedReader<T>(RowColumn<T>[] generated)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var row = Expression.Parameter(typeof(T), "row");
        var assignments = generated.Select((c, ordinal) =>
        {
            var info = c.Property.PropertyInfo!;
            return Expression.Assign(Expression.Property(row, info), ColumnExpressions.Read(reader, ordinal, info.PropertyType, c.Mapping, c.IsNullable));
        });
        return Expression.Lambda<Action<DbDataReader, T>>(Expression.Block(assignments), reader, row).Compile();
    }

    /// <summary>Puts the generated properties back to their defaults.</summary>
    public static Action<T> GeneratedReset<T>(RowColumn<T>[] generated)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var assignments = generated.Select(c =>
        {
            var info = c.Property.PropertyInfo!;
            return Expression.Assign(Expression.Property(row, info), Expression.Default(info.PropertyType));
        });
        return Expression.Lambda<Action<T>>(Expression.Block(assignments), row).Compile();
    }
}
