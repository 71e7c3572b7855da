using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A wait for the client's answer through a signed link: the answers they can give, a form for details, and an optional timeout.</summary>
internal sealed class WaitForClientValidator : AbstractValidator<StepDocument>
{
    public WaitForClientValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Responses).NotEmpty().WithMessage(s => $"waitForClient '{s.Id}' needs 'responses', the answers the client can give");
        RuleForEach(s => s.Responses).NotNull().WithMessage("a response cannot be null").SetValidator(new ChoiceValidator("response"));
        RuleFor(s => s.Responses).HaveDistinctNames("Responses", "response");
        RuleFor(s => s.Purpose)
            .Must(Names.IsIdentifier)
            .When(s => s.Purpose is not null)
            .WithMessage(s => $"purpose '{s.Purpose}' names the variable the answer is kept in, so it must be an identifier such as proposal_response");
        // The purpose is stored with the wait and the client's link.
        RuleFor(s => s.Purpose).FitsIn(TextLimits.Key, "purpose");
        RuleFor(s => s.Form!).SetValidator(new FormValidator());
        Include(new TimeoutValidator(language));
    }
}
