using Scriban;
using Scriban.Parsing;
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

        return errors.Count > 0
            ? ParseResult<ICompiledExpression>.Failure(errors)
            : ParseResult<ICompiledExpression>.Success(new ScribanCompiledExpression(source, template, kind, sandbox));
    }
}
