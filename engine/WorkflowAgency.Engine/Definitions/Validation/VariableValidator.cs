using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A declared variable, seen with its name: an identifier, a variable type, and a default of that type.</summary>
internal sealed class VariableValidator : AbstractValidator<KeyValuePair<string, VariableDocument>>
{
    private static readonly string TypeList = Names.List(FieldTypes.Variable.Order(StringComparer.Ordinal));

    public VariableValidator()
    {
        RuleFor(v => v).Custom((variable, context) =>
        {
            if (!Names.IsIdentifier(variable.Key))
                context.AddFailure("", $"variable name '{variable.Key}' is not an identifier (letters, digits and _, not starting with a digit), so expressions could not read it");
            if (variable.Value is null)
                context.AddFailure("", $"variable '{variable.Key}' needs a declaration with a type");
        });

        When(v => v.Value is not null, () =>
        {
            // The rules reach through Value, which is not part of the JSON, so their paths are named by hand.
            RuleFor(v => v.Value!.Type).NotEmpty().OverridePropertyName("Type").WithMessage(v => $"variable '{v.Key}' needs a type: one of {TypeList}");
            RuleFor(v => v.Value!.Type)
                .Must(type => FieldTypes.Variable.Contains(type!))
                .When(v => !string.IsNullOrEmpty(v.Value!.Type))
                .OverridePropertyName("Type")
                .WithMessage(v => $"unknown variable type '{v.Value!.Type}'{Suggestions.DidYouMean(v.Value!.Type, FieldTypes.Variable)}; use one of: {TypeList}");
            RuleFor(v => v.Value!.Default)
                .Must((v, value) => Fits(v.Value!.Type!, value!))
                .When(v => v.Value!.Default is not null && FieldTypes.Variable.Contains(v.Value!.Type ?? ""))
                .OverridePropertyName("Default")
                .WithMessage(v => $"the default of '{v.Key}' should be {Expected(v.Value!.Type!)}, not {v.Value!.Default!.ToJsonString()}");
            RuleFor(v => v.Value!.Unknown).NoUnknownProperties(typeof(VariableDocument));
        });
    }

    private static bool Fits(string type, JsonNode value) => (type, value.GetValueKind()) switch
    {
        (_, JsonValueKind.Null) => true,
        (FieldTypes.Number or FieldTypes.Money, var kind) => kind == JsonValueKind.Number,
        (FieldTypes.Integer or FieldTypes.Rating, var kind) => kind == JsonValueKind.Number && value.GetValue<decimal>() % 1 == 0,
        (FieldTypes.Boolean, var kind) => kind is JsonValueKind.True or JsonValueKind.False,
        (FieldTypes.MultiChoice or FieldTypes.List, var kind) => kind == JsonValueKind.Array,
        (FieldTypes.Object, var kind) => kind == JsonValueKind.Object,
        (_, var kind) => kind == JsonValueKind.String,
    };

    private static string Expected(string type) => type switch
    {
        FieldTypes.Number or FieldTypes.Money => "a number",
        FieldTypes.Integer or FieldTypes.Rating => "a whole number",
        FieldTypes.Boolean => "true or false",
        FieldTypes.MultiChoice or FieldTypes.List => "an array",
        FieldTypes.Object => "an object",
        _ => "a string",
    };
}
