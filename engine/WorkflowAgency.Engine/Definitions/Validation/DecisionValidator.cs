using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A choice made by conditions: cases tried in order, and a default way on.</summary>
internal sealed class DecisionValidator : AbstractValidator<StepDocument>
{
    public DecisionValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Cases).NotEmpty().WithMessage(s => $"decision '{s.Id}' needs at least one case");
        RuleForEach(s => s.Cases).NotNull().WithMessage("a case cannot be null").SetValidator(new CaseValidator(language));
        // Without a default the path has nowhere to go when no condition holds, and the engagement stalls.
        RuleFor(s => s.Otherwise!)
            .NotNull()
            .WithMessage(s => $"decision '{s.Id}' needs 'otherwise', the way on when no case matches")
            .SetValidator(new ExitValidator<ExitDocument>(_ => "otherwise"));
    }
}
