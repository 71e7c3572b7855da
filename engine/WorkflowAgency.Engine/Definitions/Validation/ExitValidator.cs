using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Rules for anything that leads on with next/end: exactly one of the two, neither left empty.</summary>
/// <remarks>Whether <c>next</c> names a real step is a question about the whole stage; <see cref="StepFlowAnalyser"/> answers it.</remarks>
internal sealed class ExitValidator<T> : AbstractValidator<T>
    where T : ExitDocument
{
    /// <param name="describe">Names the exit in messages, e.g. <c>outcome 'approve'</c>.</param>
    public ExitValidator(Func<T, string> describe)
    {
        RuleFor(e => e).Custom((exit, context) =>
        {
            if (NextOrEnd.Problem(describe(exit), exit.Next, exit.End) is { } problem)
                context.AddFailure("", problem);
        });
        RuleFor(e => e.Next).NotEmpty().When(e => e.Next is not null).WithMessage("next is empty; name a step of this stage");
        RuleFor(e => e.End).NotEmpty().When(e => e.End is not null).WithMessage("end is empty; name the outcome the stage ends with");
        RuleFor(e => e.End).FitsIn(TextLimits.Key, "end");
        RuleFor(e => e.Unknown).NoUnknownProperties(typeof(T));
    }
}
