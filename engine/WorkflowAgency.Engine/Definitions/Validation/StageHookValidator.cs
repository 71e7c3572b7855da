using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>What a stage does on entry: the email templates its client is sent.</summary>
internal sealed class StageHookValidator : AbstractValidator<StageHookDocument>
{
    public StageHookValidator()
    {
        RuleForEach(h => h.Emails).NotEmpty().WithMessage("an email template name cannot be empty");
        RuleFor(h => h.Unknown).NoUnknownProperties(typeof(StageHookDocument));
    }
}
