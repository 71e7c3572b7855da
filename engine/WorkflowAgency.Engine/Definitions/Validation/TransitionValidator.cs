using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>One transition on its own: a stage and outcome it leaves on, and either a stage to enter or a result to finish with.</summary>
/// <remarks>Whether the stages and the outcome exist is checked against the whole definition by <see cref="TransitionAnalyser"/>.</remarks>
internal sealed class TransitionValidator : AbstractValidator<TransitionDocument>
{
    public TransitionValidator()
    {
        RuleFor(t => t.From).NotEmpty().WithMessage("a transition needs 'from', the stage it leaves");
        RuleFor(t => t.On).NotEmpty().WithMessage(t => $"the transition from '{t.From}' needs 'on', the outcome of '{t.From}' that takes it");
        RuleFor(t => t).Custom((transition, context) =>
        {
            var what = $"the transition from '{transition.From}' on '{transition.On}'";
            if (transition.To is null && transition.Finish is null)
                context.AddFailure("", $"{what} leads nowhere; give it 'to' (the next stage) or 'finish' (a result such as won or lost)");
            else if (transition.To is not null && transition.Finish is not null)
                context.AddFailure("", $"{what} has both 'to' ('{transition.To}') and 'finish' ('{transition.Finish}'); keep one");
        });
        RuleFor(t => t.To).NotEmpty().When(t => t.To is not null).WithMessage("to is empty; name the stage to enter");
        RuleFor(t => t.Finish).NotEmpty().When(t => t.Finish is not null).WithMessage("finish is empty; name the result, such as won or lost");
        RuleFor(t => t.On).FitsIn(TextLimits.Key, "on");
        // The result is stored with the finished engagement.
        RuleFor(t => t.Finish).FitsIn(TextLimits.Key, "finish");
        RuleFor(t => t.Unknown).NoUnknownProperties(typeof(TransitionDocument));
    }
}
