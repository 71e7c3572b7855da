using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A task's form: valid fields, each name once (a name is the variable the field fills).</summary>
internal sealed class FormValidator : AbstractValidator<FormDocument>
{
    public FormValidator()
    {
        RuleForEach(f => f.Fields).NotNull().WithMessage("a form field cannot be null").SetValidator(new FormFieldValidator());
        RuleFor(f => f.Fields).Custom((fields, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (fields?.Count ?? 0); i++)
            {
                if (fields![i]?.Name is { Length: > 0 } name && !seen.Add(name))
                    context.AddFailure($"Fields[{i}].Name", $"field '{name}' appears twice in this form");
            }
        });
        RuleFor(f => f.Unknown).NoUnknownProperties(typeof(FormDocument));
    }
}
