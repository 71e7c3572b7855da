using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>
/// Expression trees that move one property to and from its column through the property's EF type mapping:
/// its value converter, its data-reader method and the provider's own read customisation.
/// </summary>
/// <remarks>Compiled once per model, so a row costs a delegate call per column rather than reflection or boxing through EF.</remarks>
internal static class ColumnExpressions
{
    private static readonly MethodInfo IsDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;

    /// <summary><c>row.Property</c> converted to the provider value, boxed; null stays null.</summary>
    public static Func<T, object?> ToProvider<T>(PropertyInfo property, RelationalTypeMapping mapping)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.Property(row, property);
        Expression body;
        if (mapping.Converter is not { } converter)
        {
            body = Expression.Convert(value, typeof(object));
        }
        else
        {
            // Like EF, nulls never reach the converter: a nullable property with a non-null converter stays NULL.
            var converted = Expression.Convert(
                Expression.Invoke(converter.ConvertToProviderExpression, ConvertIfNeeded(value, converter.ModelClrType)),
                typeof(object));
            body = CanBeNull(property.PropertyType)
                ? Expression.Condition(
                    Expression.Equal(value, Expression.Constant(null, property.PropertyType)),
                    Expression.Constant(null, typeof(object)),
                    converted)
                : converted;
        }

        return Expression.Lambda<Func<T, object?>>(body, row).Compile();
    }

    /// <summary>The value of column <paramref name="ordinal"/> of <paramref name="reader"/>, converted back to the property's type.</summary>
    public static Expression Read(ParameterExpression reader, int ordinal, Type propertyType, RelationalTypeMapping mapping, bool nullable)
    {
        var method = mapping.GetDataReaderMethod();
        var instance = method.DeclaringType == typeof(DbDataReader) ? (Expression)reader : Expression.Convert(reader, method.DeclaringType!);
        var index = Expression.Constant(ordinal);
        var value = mapping.CustomizeDataReaderExpression(Expression.Call(instance, method, index));

        var providerType = Unwrap(mapping.Converter?.ProviderClrType ?? mapping.ClrType);
        value = ConvertIfNeeded(value, providerType);
        if (mapping.Converter is { } converter)
        {
            value = Expression.Invoke(converter.ConvertFromProviderExpression, value);
        }

        value = ConvertIfNeeded(value, propertyType);
        return nullable
            ? Expression.Condition(Expression.Call(reader, IsDbNull, index), Expression.Default(propertyType), value)
            : value;
    }

    private static Expression ConvertIfNeeded(Expression value, Type type) =>
        value.Type == type ? value : Expression.Convert(value, type);

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
