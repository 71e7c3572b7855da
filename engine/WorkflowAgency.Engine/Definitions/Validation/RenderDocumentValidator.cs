using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A document rendered from a template and stored under a name.</summary>
internal sealed class RenderDocumentValidator : AbstractValidator<StepDocument>
{
    public RenderDocumentValidator()
    {
        RuleFor(s => s.Template).NotEmpty().WithMessage(s => $"renderDocument '{s.Id}' needs a template, such as documents/proposal");
        RuleFor(s => s.As).NotEmpty().WithMessage(s => $"renderDocument '{s.Id}' needs 'as', the name the document is stored under");
        RuleFor(s => s.As).FitsIn(TextLimits.Name, "as");
    }
}
