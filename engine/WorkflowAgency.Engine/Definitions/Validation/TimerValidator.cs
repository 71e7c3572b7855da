using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A pause: for a duration, or until a date given by an expression.</summary>
internal sealed class TimerValidator : AbstractValidator<StepDocument>
{
    public TimerValidator(IExpressionLanguage language)
    {
        RuleFor(s => s).Custom((step, context) =>
        {
            if (step.Duration is null && step.Until is null)
                context.AddFailure("", $"timer '{step.Id}' needs 'duration' (such as P3D) or 'until' (an expression giving a date)");
            else if (step.Duration is not null && step.Until is not null)
                context.AddFailure("", $"timer '{step.Id}' has both 'duration' and 'until'; keep one");
        });
        RuleFor(s => s.Duration).IsDuration("duration");
        RuleFor(s => s.Until).ParsesAsExpression(language, "until");
    }
}
