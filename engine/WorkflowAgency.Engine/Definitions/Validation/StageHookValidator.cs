using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>What a stage does on entry: the email templates its client is sent.</summary>
internal sealed class StageHookValidator : AbstractValidator<StageHookDocument>
{
    public StageHookValidator()
    {
        RuleForEach(h => h.Emails).NotEmpty().WithMessage("an email template name cannot be empty");
        RuleForEach(h => h.Emails).FitsIn(TextLimits.TemplatePath, "email template");
        RuleFor(h => h.Unknown).NoUnknownProperties(typeof(StageHookDocument));
    }
}
