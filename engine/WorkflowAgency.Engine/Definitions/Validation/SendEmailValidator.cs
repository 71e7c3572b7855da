using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>An email from a template, with optional recipient and subject texts and attached documents.</summary>
internal sealed class SendEmailValidator : AbstractValidator<StepDocument>
{
    public SendEmailValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Template).NotEmpty().WithMessage(s => $"sendEmail '{s.Id}' needs a template, such as emails/proposal-sent");
        RuleFor(s => s.To).ParsesAsText(language, "to");
        RuleFor(s => s.Subject).ParsesAsText(language, "subject");
        RuleForEach(s => s.Attach).NotEmpty().WithMessage("an attachment must name a document");
    }
}
