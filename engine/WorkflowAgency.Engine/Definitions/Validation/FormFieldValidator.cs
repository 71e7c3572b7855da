using System.Text.RegularExpressions;
using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>One form field: a name usable as a variable, a form type, and rules that fit that type.</summary>
internal sealed class FormFieldValidator : AbstractValidator<FormFieldDocument>
{
    private static readonly string TypeList = Names.List(FieldTypes.Form.Order(StringComparer.Ordinal));
    private static readonly string[] NumericTypes = [FieldTypes.Number, FieldTypes.Integer, FieldTypes.Money, FieldTypes.Rating];
    private static readonly string[] ChoiceTypes = [FieldTypes.Choice, FieldTypes.MultiChoice];

    public FormFieldValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("a form field needs a name, the variable it fills");
        RuleFor(f => f.Name)
            .Must(Names.IsIdentifier)
            .When(f => !string.IsNullOrEmpty(f.Name))
            .WithMessage(f => $"field name '{f.Name}' is not an identifier (letters, digits and _, not starting with a digit), so expressions could not read it");

        RuleFor(f => f.Type).NotEmpty().WithMessage(f => $"field '{f.Name}' needs a type: one of {TypeList}");
        RuleFor(f => f.Type)
            .Must(type => FieldTypes.Form.Contains(type!))
            .When(f => !string.IsNullOrEmpty(f.Type))
            .WithMessage(f => FieldTypes.Variable.Contains(f.Type!)
                ? $"'{f.Type}' is a type for variables, not for form fields; use one of: {TypeList}"
                : $"unknown field type '{f.Type}'{Suggestions.DidYouMean(f.Type, FieldTypes.Form)}; use one of: {TypeList}");

        RuleFor(f => f).Custom((field, context) =>
        {
            if (!FieldTypes.Form.Contains(field.Type ?? "") || NumericTypes.Contains(field.Type))
                return;
            if (field.Min is not null)
                context.AddFailure("Min", $"'min' only applies to {Names.List(NumericTypes)} fields, not to {field.Type}");
            if (field.Max is not null)
                context.AddFailure("Max", $"'max' only applies to {Names.List(NumericTypes)} fields, not to {field.Type}");
        });
        RuleFor(f => f.Min)
            .LessThanOrEqualTo(f => f.Max)
            .When(f => f.Min is not null && f.Max is not null)
            .WithMessage(f => $"min {f.Min} is greater than max {f.Max}");

        RuleFor(f => f.MinLength).GreaterThanOrEqualTo(0).WithMessage(f => $"minLength {f.MinLength} cannot be negative");
        RuleFor(f => f.MaxLength).GreaterThanOrEqualTo(0).WithMessage(f => $"maxLength {f.MaxLength} cannot be negative");
        RuleFor(f => f.MinLength)
            .LessThanOrEqualTo(f => f.MaxLength)
            .When(f => f.MinLength is not null && f.MaxLength is not null)
            .WithMessage(f => $"minLength {f.MinLength} is greater than maxLength {f.MaxLength}");

        RuleFor(f => f.Pattern).Custom((pattern, context) =>
        {
            if (pattern is not null && PatternProblem(pattern) is { } problem)
                context.AddFailure($"pattern '{pattern}' is not a valid .NET regular expression: {problem}");
        });

        RuleFor(f => f.Options)
            .NotEmpty()
            .When(f => ChoiceTypes.Contains(f.Type))
            .WithMessage(f => $"{f.Type} field '{f.Name}' needs 'options', the values to choose from");
        RuleFor(f => f.Options)
            .Null()
            .When(f => FieldTypes.Form.Contains(f.Type ?? "") && !ChoiceTypes.Contains(f.Type))
            .WithMessage(f => $"'options' only apply to choice and multichoice fields, not to {f.Type}");
        RuleForEach(f => f.Options).NotEmpty().WithMessage("an option cannot be empty");

        RuleFor(f => f.Unknown).NoUnknownProperties(typeof(FormFieldDocument));
    }

    private static string? PatternProblem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
