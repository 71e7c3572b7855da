using System.Collections.Concurrent;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Templating.Sandbox;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>The engine's expression language, implemented with Scriban in a sandbox.</summary>
/// <remarks>
/// Expressions are Scriban expressions (<c>budget &gt; 10000 &amp;&amp; client.tier == "gold"</c>) and
/// produce typed JSON values; text is Scriban text (<c>Draft for {{ client.company }}</c>) and produces a
/// string, unescaped because it is not HTML. A missing variable or member is an error, never null.
/// </remarks>
public sealed class ScribanExpressionLanguage : IExpressionLanguage
{
    // Sources come from published definitions, so there are few and they repeat; the cap only stops a
    // caller that parses ad-hoc text from growing the cache forever. Past it, sources are parsed each time.
    private const int CacheCapacity = 10_000;

    private readonly ScribanSourceParser parser;
    private readonly ConcurrentDictionary<string, ParseResult<ICompiledExpression>> expressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParseResult<ICompiledExpression>> texts = new(StringComparer.Ordinal);

    /// <summary>Creates the language with <paramref name="options"/>, or the defaults.</summary>
    /// <exception cref="ArgumentException">The options have a non-positive limit.</exception>
    public ScribanExpressionLanguage(ScribanOptions? options = null) =>
        parser = new ScribanSourceParser(new ScribanSandbox(options ?? new ScribanOptions()));

    /// <inheritdoc />
    public ParseResult<ICompiledExpression> ParseExpression(string source) => Cached(expressions, source, SourceKind.Expression);

    /// <inheritdoc />
    public ParseResult<ICompiledExpression> ParseText(string source) => Cached(texts, source, SourceKind.Text);

    private ParseResult<ICompiledExpression> Cached(
        ConcurrentDictionary<string, ParseResult<ICompiledExpression>> cache, string source, SourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (cache.TryGetValue(source, out var known))
            return known;

        var parsed = parser.Parse(source, kind);
        return cache.Count < CacheCapacity ? cache.GetOrAdd(source, parsed) : parsed;
    }
}
