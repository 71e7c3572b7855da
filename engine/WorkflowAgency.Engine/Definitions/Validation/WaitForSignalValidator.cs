using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A wait for a named signal from outside (another system, a webhook), with an optional timeout.</summary>
internal sealed class WaitForSignalValidator : AbstractValidator<StepDocument>
{
    public WaitForSignalValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Signal).NotEmpty().WithMessage(s => $"waitForSignal '{s.Id}' needs the name of the 'signal' it waits for");
        // The name is stored with the wait, where a delivered signal is looked up by it.
        RuleFor(s => s.Signal).FitsIn(TextLimits.Key, "signal");
        Include(new TimeoutValidator(language));
    }
}
