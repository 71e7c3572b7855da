using Scriban;
using System.Text.Json.Nodes;
using Scriban.Parsing;
using Scriban.Syntax;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Templating.Sandbox;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>Parses sources with Scriban and reports every error with its position.</summary>
internal sealed class ScribanSourceParser(ScribanSandbox sandbox)
{
    // Literals such as 0.1 become decimal, like numbers from the data, so 0.1 + 0.2 == 0.3 holds.
    private static readonly ParserOptions Options = new() { ParseFloatAsDecimal = true };

    public ParseResult<ICompiledExpression> Parse(string source, SourceKind kind)
    {
        if (kind == SourceKind.Expression && string.IsNullOrWhiteSpace(source))
            return ParseResult<ICompiledExpression>.Failure([new ExpressionError("An expression cannot be empty.", 1, 1)]);

        // ScriptOnly reads the whole source as code, without {{ }}: Scriban's mode for bare expressions.
        var mode = kind == SourceKind.Expression ? ScriptMode.ScriptOnly : ScriptMode.Default;
        var template = Template.Parse(source, parserOptions: Options, lexerOptions: new LexerOptions { Mode = mode });

        var errors = template.HasErrors
            ? template.Messages
                .Where(message => message.Type == ParserMessageType.Error)
                .Select(message => ErrorPositions.At(message.Span, source, message.Message))
                .ToList()
            : kind == SourceKind.Expression ? ExpressionShape.FindProblems(template.Page, source) : [];

        if (errors.Count > 0)
            return ParseResult<ICompiledExpression>.Failure(errors);

        var compiled = new ScribanCompiledExpression(source, template, kind, sandbox);
        return ParseResult<ICompiledExpression>.Success(IsPlainText(template, kind) ? Constant(compiled) : compiled);
    }

    // Text made only of raw text renders the same whatever the scope holds.
    private static bool IsPlainText(Template template, SourceKind kind) =>
        kind == SourceKind.Text && template.Page?.Body is { } body && body.Statements.All(statement => statement is ScriptRawStatement);

    // Rendered once through the very same path, so the constant is exactly what Scriban would have produced.
    private static ICompiledExpression Constant(ScribanCompiledExpression compiled) =>
        compiled.Evaluate([]) is { Succeeded: true, Value: JsonValue value } && value.TryGetValue<string>(out var text)
            ? new ConstantTextExpression(compiled.Source, text)
            : compiled;
}
