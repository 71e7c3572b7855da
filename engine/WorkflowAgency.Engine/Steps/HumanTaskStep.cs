using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Puts a task with a form in someone's inbox and waits for them to complete it with an outcome.</summary>
public sealed class HumanTaskStep : Step
{
    /// <summary>The outcome name used when a task declares no outcomes of its own.</summary>
    public const string DefaultOutcome = "done";

    public override string Type => StepTypes.HumanTask;

    public required ICompiledExpression Title { get; init; }

    public ICompiledExpression? Description { get; init; }

    /// <summary>Text giving a user, <c>role:x</c> or <c>group:x</c>; blank goes to the engagement's owner.</summary>
    public ICompiledExpression? Assignee { get; init; }

    public TimeSpec? Due { get; init; }

    public TaskPriority Priority { get; init; } = TaskPriority.Normal;

    public FormDefinition Form { get; init; } = FormDefinition.Empty;

    /// <summary>The choices offered; a task without any has one, <see cref="DefaultOutcome"/>, leading to <see cref="Exit"/>.</summary>
    public IReadOnlyList<Choice> Outcomes { get; init; } = [];

    public Exit? Exit { get; init; }

    /// <summary>The outcome names a person may pick.</summary>
    public IEnumerable<string> OutcomeNames => Outcomes.Count == 0 ? [DefaultOutcome] : Outcomes.Select(o => o.Name);

    internal override StepResult Execute(StepContext context)
    {
        var title = context.RenderText(Title, "title", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var description = context.RenderText(Description, "description", out error);
        if (error is not null)
            return StepResult.Fail(error);
        var assigneeText = context.RenderText(Assignee, "assignee", out error);
        if (error is not null)
            return StepResult.Fail(error);

        var dueAt = context.ResolveTime(Due, "due", out error);
        if (error is not null)
            return StepResult.Fail(error);

        // A task nobody in particular is named for goes to the account person who owns the client,
        // or, before anyone owns it, to the account team.
        var assignment = Assignment.Parse(assigneeText)
            ?? (context.Engagement.Owner is { } owner ? new Assignment(owner, null) : new Assignment(null, "account"));
        // An assignee this long names nobody, and a shortened one would not either: the task would sit in no one's
        // inbox. Better an incident that says so, retried once the data the assignee is made of is fixed.
        if (context.TooLong("assignee", assignment.User ?? assignment.Group, TextLimits.User) is { } tooLong)
            return StepResult.Fail(tooLong);

        var task = new WorkTask
        {
            Id = context.NewId(),
            EngagementId = context.Engagement.Id,
            TokenId = context.Token.Id,
            Stage = context.Stage.Id,
            StepId = Id,
            // A title is display text (inbox, lists, the journal): cutting it loses little, while an incident would
            // stop the engagement over a long client name. The description carries any detail.
            Title = TextLimits.Shorten(title!, TextLimits.Title),
            Description = description,
            AssigneeUser = assignment.User,
            AssigneeGroup = assignment.Group,
            Status = WorkTaskStatus.Open,
            Priority = Priority,
            CreatedAt = context.Now,
            DueAt = dueAt,
        };
        context.AddTask(task);
        context.Journal(JournalEntryKind.TaskCreated, data: new()
        {
            ["task"] = task.Id.ToString(),
            ["title"] = task.Title,
            ["assignee"] = task.AssigneeUser ?? $"group:{task.AssigneeGroup}",
        });
        return StepResult.WaitOnTask(task.Id, dueAt);
    }

    internal override StepResult Resume(StepContext context, ResumeEvent resume)
    {
        if (resume is not ResumeEvent.TaskCompleted completed)
            return base.Resume(context, resume);
        if (Outcomes.Count == 0)
            return StepResult.Continue(Exit!);
        var choice = Outcomes.FirstOrDefault(o => o.Name == completed.Outcome);
        return choice is null
            ? StepResult.Fail($"{Type} step '{Id}' has no outcome '{completed.Outcome}'")
            : StepResult.Continue(choice.Exit);
    }
}
