using System.Text.Json.Nodes;
using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Forms;

/// <summary>Validates a submission against a form definition: one rule chain per field, built from its type and rules.</summary>
internal sealed class FormValidator : AbstractValidator<FormSubmission>
{
    public FormValidator(FormDefinition form)
    {
        var known = form.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        // Only declared fields may be written: a submission must not be a way to overwrite other variables.
        RuleFor(s => s).Custom((submission, context) =>
        {
            foreach (var (key, _) in submission.Data)
            {
                if (!known.Contains(key))
                    context.AddFailure("data", $"'{key}' is not a field of this form");
            }
        });

        foreach (var field in form.Fields)
            AddRules(field);
    }

    private void AddRules(FormField field)
    {
        if (field.Required)
            RuleFor(s => s)
                .Must(s => s.Has(field.Name))
                .OverridePropertyName(field.Name)
                .WithMessage($"{field.Label} is required");

        Rule(field, v => FieldValue.TryNormalize(field, v, out _, out _),
            v => FieldValue.TryNormalize(field, v, out _, out var problem) ? string.Empty : $"{field.Label} {problem}");

        // Range and length rules only speak about values of the right type; the type rule reports the rest.
        if (field.Min is { } min && FieldValue.IsNumeric(field.Type))
            Rule(field, v => FieldValue.Number(v) is not { } n || n >= min, _ => $"{field.Label} must be at least {min}");
        if (field.Max is { } max && FieldValue.IsNumeric(field.Type))
            Rule(field, v => FieldValue.Number(v) is not { } n || n <= max, _ => $"{field.Label} must be at most {max}");
        if (field.MinLength is { } minLength)
            Rule(field, v => FieldValue.Text(v) is not { } t || t.Length >= minLength, _ => $"{field.Label} must be at least {minLength} characters");
        if (field.MaxLength is { } maxLength)
            Rule(field, v => FieldValue.Text(v) is not { } t || t.Length <= maxLength, _ => $"{field.Label} must be at most {maxLength} characters");
        if (field.Pattern is { } pattern && field.Type is not (FieldTypes.MultiChoice or FieldTypes.Boolean))
            Rule(field, v => FieldValue.Text(v) is not { } t || FieldValue.Matches(pattern, t), _ => $"{field.Label} is not in the expected format");
    }

    private void Rule(FormField field, Func<JsonNode?, bool> holds, Func<JsonNode?, string> message) =>
        RuleFor(s => s[field.Name])
            .Must(holds)
            .When(s => s.Has(field.Name))
            .OverridePropertyName(field.Name)
            .WithMessage((_, v) => message(v));
}
