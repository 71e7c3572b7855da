using System.Globalization;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Syntax;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Templating.Conversion;
using WorkflowAgency.Templating.Sandbox;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>A parsed Scriban source, evaluated in a fresh sandboxed context each time.</summary>
/// <remarks>
/// Safe to share between threads: a parsed <see cref="Template"/> is not changed by evaluation (Scriban's
/// maintainer confirms this in scriban/scriban#571); all run state lives in the per-call context.
/// </remarks>
internal sealed class ScribanCompiledExpression(string source, Template template, SourceKind kind, ScribanSandbox sandbox)
    : ICompiledExpression
{
    public string Source { get; } = source;

    public EvaluationResult Evaluate(JsonObject scope)
    {
        ArgumentNullException.ThrowIfNull(scope);

        var globals = JsonToScript.ToScriptObject(scope);
        using var timeLimit = new CancellationTokenSource(sandbox.Timeout);
        var context = sandbox.CreateContext(globals, timeLimit.Token);
        try
        {
            var value = kind == SourceKind.Text ? template.Render(context) : template.Evaluate(context);
            // Inside the try: converting enumerates lazy results, which runs script code.
            return ScriptToJson.TryConvert(value, out var json, out var problem)
                ? EvaluationResult.Success(json)
                : EvaluationResult.Failure(new ExpressionError(problem, 1, 1));
        }
        catch (ScriptRuntimeException error) when (timeLimit.IsCancellationRequested)
        {
            var limit = sandbox.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            return Failure(error, $"Evaluation exceeded its time limit of {limit} ms.");
        }
        catch (ScriptRuntimeException error)
        {
            return Failure(error, error.OriginalMessage);
        }
    }

    private EvaluationResult Failure(ScriptRuntimeException error, string message) =>
        EvaluationResult.Failure(ErrorPositions.At(error.Span, Source, message));
}
