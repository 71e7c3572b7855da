using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Rules for one step on its own: id, type, the properties its type uses, and its own next/end.</summary>
/// <remarks>Connections between steps are checked per stage by <see cref="StepFlowAnalyser"/>.</remarks>
internal sealed class StepValidator : AbstractValidator<StepDocument>
{
    private static readonly string TypeList = Names.List(StepTypes.All);

    public StepValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Id).NotEmpty().WithMessage("a step needs an id");
        RuleFor(s => s.Id).FitsIn(TextLimits.Key, "step id");
        RuleFor(s => s.Type).NotEmpty().WithMessage(s => $"step '{s.Id}' needs a type: one of {TypeList}");
        RuleFor(s => s.Type)
            .Must(type => StepTypes.All.Contains(type!))
            .When(s => !string.IsNullOrEmpty(s.Type))
            .WithMessage(s => $"unknown step type '{s.Type}'{Suggestions.DidYouMean(s.Type, StepTypes.All)}; use one of: {TypeList}");

        RuleFor(s => s).Custom((step, context) =>
        {
            foreach (var (property, message) in StepTypeRules.Inapplicable(step))
                context.AddFailure(property, message);
        });
        RuleFor(s => s).Custom((step, context) =>
        {
            if (NextOrEnd.Problem($"{step.Type} step '{step.Id}'", step.Next, step.End) is { } problem)
                context.AddFailure("", problem);
        }).When(StepTypeRules.LeavesByNextOrEnd);
        RuleFor(s => s.Next).NotEmpty().When(s => s.Next is not null).WithMessage("next is empty; name a step of this stage");
        RuleFor(s => s.End).NotEmpty().When(s => s.End is not null).WithMessage("end is empty; name the outcome the stage ends with");
        RuleFor(s => s.End).FitsIn(TextLimits.Key, "end");
        // sendEmail, renderDocument and waitForClient name a template; the outbox and stored documents keep the name.
        RuleFor(s => s.Template).FitsIn(TextLimits.TemplatePath, "template");

        When(s => s.Type == StepTypes.HumanTask, () => Include(new HumanTaskValidator(language)));
        When(s => s.Type == StepTypes.SendEmail, () => Include(new SendEmailValidator(language)));
        When(s => s.Type == StepTypes.RenderDocument, () => Include(new RenderDocumentValidator()));
        When(s => s.Type == StepTypes.Decision, () => Include(new DecisionValidator(language)));
        When(s => s.Type == StepTypes.SetVariables, () => Include(new SetVariablesValidator(language)));
        When(s => s.Type == StepTypes.Timer, () => Include(new TimerValidator(language)));
        When(s => s.Type == StepTypes.WaitForClient, () => Include(new WaitForClientValidator(language)));
        When(s => s.Type == StepTypes.WaitForSignal, () => Include(new WaitForSignalValidator(language)));
        When(s => s.Type == StepTypes.Parallel, () => Include(new ParallelValidator()));

        RuleFor(s => s.Unknown).NoUnknownProperties(typeof(StepDocument));
    }
}
