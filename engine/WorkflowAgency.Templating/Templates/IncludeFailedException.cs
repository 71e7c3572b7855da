using Scriban.Parsing;
using Scriban.Syntax;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Templates;

/// <summary>An included file that does not parse: its own errors, raised where it was included.</summary>
/// <remarks>A <see cref="ScriptRuntimeException"/> so that Scriban lets it through unwrapped.</remarks>
internal sealed class IncludeFailedException(SourceSpan span, string message, IReadOnlyList<TemplateError> errors)
    : ScriptRuntimeException(span, message)
{
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
