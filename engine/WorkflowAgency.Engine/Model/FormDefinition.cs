namespace WorkflowAgency.Engine.Model;

/// <summary>The fields of a human task's form.</summary>
public sealed record FormDefinition(IReadOnlyList<FormField> Fields)
{
    public static FormDefinition Empty { get; } = new([]);
}
