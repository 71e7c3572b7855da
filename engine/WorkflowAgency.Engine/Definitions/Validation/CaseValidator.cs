using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A decision case: a condition that parses, and where it leads.</summary>
internal sealed class CaseValidator : AbstractValidator<CaseDocument>
{
    public CaseValidator(IExpressionLanguage language)
    {
        RuleFor(c => c.When).NotNull().WithMessage("a case needs 'when', the condition that selects it");
        RuleFor(c => c.When).ParsesAsExpression(language, "when");
        Include(new ExitValidator<CaseDocument>(c => $"the case when '{c.When}'"));
    }
}
