namespace WorkflowAgency.Templating.Expressions;

/// <summary>How a source is read: a bare expression, or text with <c>{{ }}</c> placeholders.</summary>
internal enum SourceKind
{
    Expression,
    Text,
}
