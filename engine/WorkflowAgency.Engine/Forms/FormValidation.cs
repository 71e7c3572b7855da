using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Forms;

/// <summary>Checks submitted task data against its form and returns the values to store, or every field's errors.</summary>
public static class FormValidation
{
    // One validator per form definition; definitions are immutable and shared, so this never goes stale.
    private static readonly ConditionalWeakTable<FormDefinition, FormValidator> Validators = [];

    public static FormValidationResult Validate(FormDefinition form, JsonObject? data)
    {
        var submission = new FormSubmission(data ?? []);
        var validator = Validators.GetValue(form, f => new FormValidator(f));
        var result = validator.Validate(submission);
        if (!result.IsValid)
        {
            var errors = result.Errors
                .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
            return new FormValidationResult([], errors);
        }

        var values = new JsonObject();
        foreach (var field in form.Fields)
        {
            if (submission.Has(field.Name) && FieldValue.TryNormalize(field, submission[field.Name], out var value, out _))
                values[field.Name] = value;
        }
        return new FormValidationResult(values, new Dictionary<string, string[]>());
    }
}
