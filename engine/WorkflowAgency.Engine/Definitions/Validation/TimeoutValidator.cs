using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>An optional timeout on a wait: a duration or a date in {{ }}, and where to go when it expires; each needs the other.</summary>
internal sealed class TimeoutValidator : AbstractValidator<StepDocument>
{
    public TimeoutValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Timeout).IsDueDate(language, "timeout");
        RuleFor(s => s.OnTimeout)
            .NotNull()
            .When(s => s.Timeout is not null)
            .WithMessage(s => $"{s.Type} '{s.Id}' has a timeout but no 'onTimeout' saying where to go when it expires");
        RuleFor(s => s.OnTimeout)
            .Null()
            .When(s => s.Timeout is null)
            .WithMessage("'onTimeout' can never happen without a 'timeout'");
        RuleFor(s => s.OnTimeout!).SetValidator(new ExitValidator<ExitDocument>(_ => "onTimeout"));
    }
}
