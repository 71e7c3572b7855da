namespace WorkflowAgency.Engine.Ports;

/// <summary>A template mistake: which template, what, and where (1-based line and column; 0 when unknown).</summary>
public sealed record TemplateError(string Template, string Message, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{Template}({Line},{Column}): {Message}" : $"{Template}: {Message}";
}
