using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>What a step sees while it runs: the engagement, its path, the clock, and ways to record effects.</summary>
internal sealed class StepContext(TransitionContext transition, Stage stage, Token token, Step step)
{
    public TransitionContext Transition { get; } = transition;

    public Engagement Engagement => Transition.Engagement;

    public Stage Stage { get; } = stage;

    public Token Token { get; } = token;

    public Step Step { get; } = step;

    public DateTime Now => Transition.Now;

    public Guid NewId() => Transition.NewId();

    public EvaluationResult Evaluate(ICompiledExpression expression) => expression.Evaluate(Transition.Scope());

    /// <summary>Renders a text with placeholders to a string; null with <paramref name="error"/> set when it fails.</summary>
    public string? RenderText(ICompiledExpression? text, string property, out string? error)
    {
        error = null;
        if (text is null)
            return null;
        var result = Evaluate(text);
        if (!result.Succeeded)
        {
            error = Failure(property, text, result.Error!);
            return null;
        }
        return result.Value switch
        {
            null => string.Empty,
            JsonValue value when value.TryGetValue(out string? s) => s,
            var other => other.ToJsonString(),
        };
    }

    /// <summary>An incident message that names the step, the property and the expression, with its position.</summary>
    public string Failure(string property, ICompiledExpression expression, ExpressionError error) =>
        $"{Step.Type} step '{Step.Id}' ({Step.Path}/{property}): '{expression.Source}' failed: {error}";

    /// <summary>
    /// The incident message for a rendered <paramref name="property"/> longer than the <paramref name="limit"/> it is
    /// stored with, naming the step and the limit; null when it fits.
    /// </summary>
    public string? TooLong(string property, string? value, int limit) =>
        value is null || value.Length <= limit
            ? null
            : $"{Step.Type} step '{Step.Id}' ({Step.Path}/{property}): renders to {value.Length} characters, more than the {limit} it may have; shorten the text or the data it uses, then retry";

    public void Journal(JournalEntryKind kind, string? outcome = null, JsonObject? data = null) =>
        Transition.Journal(kind, Step.Id, outcome, data);

    public void SetVariables(JsonObject changes) => Transition.SetVariables(changes, Step.Id);

    public void AddTask(WorkTask task) => Transition.Commit.AddedTasks.Add(task);

    public Wait AddWait(WaitKind kind, string? name, DateTime? dueAt)
    {
        var wait = new Wait
        {
            Id = NewId(),
            EngagementId = Engagement.Id,
            TokenId = Token.Id,
            Stage = Stage.Id,
            StepId = Step.Id,
            Kind = kind,
            Name = name,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        Transition.Commit.AddedWaits.Add(wait);
        return wait;
    }

    public ITemplateRenderer? Templates => Transition.Templates;

    /// <summary>Resolves an optional time (due date, timeout) of this step; <paramref name="error"/> names the property on failure.</summary>
    public DateTime? ResolveTime(TimeSpec? spec, string property, out string? error)
    {
        error = null;
        if (spec is null)
            return null;
        var at = spec.Resolve(Now, Evaluate, out var problem);
        if (problem is not null)
            error = $"{Step.Type} step '{Step.Id}' ({Step.Path}/{property}): {problem}";
        return at;
    }
}
