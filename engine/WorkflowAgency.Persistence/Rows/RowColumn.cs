using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>One mapped column of <typeparamref name="T"/>, with its value converted exactly as EF converts it.</summary>
internal sealed class RowColumn<T>(IProperty property, string name, RelationalTypeMapping mapping, bool isNullable, Func<T, object?> toProvider)
{
    public IProperty Property { get; } = property;

    public string Name { get; } = name;

    public RelationalTypeMapping Mapping { get; } = mapping;

    public bool IsNullable { get; } = isNullable;

    /// <summary>The parameter for this column, as <see cref="SqlStatement"/> creates it.</summary>
    public SqlParameterSpec Parameter(string parameterName) => new(parameterName, Mapping, IsNullable);

    /// <summary>The column's value in <paramref name="row"/> as the database stores it.</summary>
    public object ValueOf(T row) => toProvider(row) ?? DBNull.Value;

    /// <summary>A loose value of the property (a key, an expected revision) as the database stores it.</summary>
    public object ToProvider(object? value) =>
        value is null ? DBNull.Value : Mapping.Converter?.ConvertToProvider(value) ?? value;
}
