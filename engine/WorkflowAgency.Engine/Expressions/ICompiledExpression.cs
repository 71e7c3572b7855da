using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Expressions;

/// <summary>A parsed expression or text, ready to evaluate against an engagement's data.</summary>
public interface ICompiledExpression
{
    /// <summary>The source it was parsed from, for messages.</summary>
    string Source { get; }

    /// <summary>
    /// Evaluates against <paramref name="scope"/> (the engagement's variables plus <c>engagement</c> and <c>client</c>).
    /// Never throws for user errors: a missing variable, a type error or the time limit come back as a failure.
    /// </summary>
    EvaluationResult Evaluate(JsonObject scope);
}
