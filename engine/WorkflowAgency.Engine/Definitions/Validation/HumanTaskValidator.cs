using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A task for a person: a title, optional assignee, due date, priority and form, and how it ends.</summary>
internal sealed class HumanTaskValidator : AbstractValidator<StepDocument>
{
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public HumanTaskValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Title).NotEmpty().WithMessage(s => $"humanTask '{s.Id}' needs a title");
        RuleFor(s => s.Title).ParsesAsText(language, "title");
        RuleFor(s => s.Description).ParsesAsText(language, "description");
        RuleFor(s => s.Assignee).ParsesAsText(language, "assignee");
        RuleFor(s => s.Due).IsDueDate(language);
        RuleFor(s => s.Priority)
            .Must(Priorities.Contains)
            .When(s => s.Priority is not null)
            .WithMessage(s => $"priority '{s.Priority}' is not one of {Names.List(Priorities)}");
        RuleFor(s => s.Form!).SetValidator(new FormValidator());

        RuleFor(s => s.Outcomes)
            .NotEmpty()
            .When(s => s.Outcomes is not null)
            .WithMessage("outcomes is empty; list at least one, or leave it out and use 'next' or 'end'");
        RuleForEach(s => s.Outcomes).NotNull().WithMessage("an outcome cannot be null").SetValidator(new ChoiceValidator("outcome"));
        RuleFor(s => s.Outcomes).HaveDistinctNames("Outcomes", "outcome");
        RuleFor(s => s).Custom((step, context) =>
        {
            // With outcomes the person picks the way on, so a fixed next/end would be ignored.
            if (step.Outcomes is null)
                return;
            if (step.Next is not null)
                context.AddFailure("Next", "'next' does not apply to a task with outcomes; each outcome says where it leads");
            if (step.End is not null)
                context.AddFailure("End", "'end' does not apply to a task with outcomes; each outcome says where it leads");
        });
    }
}
