using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Writes an email to the outbox (sent after the transition commits), optionally with documents attached.</summary>
public sealed class SendEmailStep : Step
{
    public override string Type => StepTypes.SendEmail;

    public required string Template { get; init; }

    /// <summary>Recipient text; the client's email when absent.</summary>
    public ICompiledExpression? To { get; init; }

    /// <summary>Subject text; the template's own subject when absent.</summary>
    public ICompiledExpression? Subject { get; init; }

    /// <summary>Names of documents (from renderDocument steps) to attach, latest version of each.</summary>
    public IReadOnlyList<string> Attach { get; init; } = [];

    public required Exit Exit { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        var to = context.RenderText(To, "to", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var subject = context.RenderText(Subject, "subject", out error);
        if (error is not null)
            return StepResult.Fail(error);

        error = EmailQueue.Queue(context.Transition, Template, to, subject, Attach, Id);
        return error is null ? StepResult.Continue(Exit) : StepResult.Fail($"{Type} step '{Id}' ({Path}): {error}");
    }
}
