using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>A text without any code (a fixed task title, <c>role:account</c>, <c>P3D</c>): its rendering, made once.</summary>
/// <remarks>
/// Rendering text through Scriban converts the whole engagement scope into script objects first, and most texts
/// in a definition have nothing to look up in it; on the hot path that conversion was most of a step's cost.
/// </remarks>
internal sealed class ConstantTextExpression(string source, string rendered) : ICompiledExpression
{
    public string Source { get; } = source;

    // A new node each time: a JsonNode belongs to at most one parent, and callers put results into documents.
    public EvaluationResult Evaluate(JsonObject scope) => EvaluationResult.Success(JsonValue.Create(rendered));
}
