namespace WorkflowAgency.Engine.Expressions;

/// <summary>The sandboxed language used for conditions, computed values and text with placeholders.</summary>
/// <remarks>
/// Parsing happens once, when a definition is loaded; the compiled form is cached with the definition
/// and evaluated many times. Implementations must be thread-safe: one compiled expression is shared
/// by every engagement running that definition version.
/// </remarks>
public interface IExpressionLanguage
{
    /// <summary>Parses a bare expression such as <c>budget &gt; 10000</c> or <c>engagement.owner</c>.</summary>
    ParseResult<ICompiledExpression> ParseExpression(string source);

    /// <summary>Parses text with <c>{{ ... }}</c> placeholders, such as a task title.</summary>
    ParseResult<ICompiledExpression> ParseText(string source);
}
