using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A wait for the client's answer through a signed link: the answers they can give, and an optional timeout.</summary>
internal sealed class WaitForClientValidator : AbstractValidator<StepDocument>
{
    public WaitForClientValidator()
    {
        RuleFor(s => s.Responses).NotEmpty().WithMessage(s => $"waitForClient '{s.Id}' needs 'responses', the answers the client can give");
        RuleForEach(s => s.Responses).NotNull().WithMessage("a response cannot be null").SetValidator(new ChoiceValidator("response"));
        RuleFor(s => s.Responses).HaveDistinctNames("Responses", "response");
        Include(new TimeoutValidator());
    }
}
