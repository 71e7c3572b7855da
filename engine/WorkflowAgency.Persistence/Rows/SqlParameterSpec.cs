using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>One parameter of a <see cref="SqlStatement"/>: its name and the EF type mapping that configures it.</summary>
internal readonly record struct SqlParameterSpec(string Name, RelationalTypeMapping Mapping, bool Nullable);
