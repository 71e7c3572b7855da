using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Computed assignments: each variable name with an expression that parses.</summary>
/// <remarks>A target need not be declared: forms add variables too, and the runtime creates them on first write.</remarks>
internal sealed class SetVariablesValidator : AbstractValidator<StepDocument>
{
    public SetVariablesValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Set).NotEmpty().WithMessage(s => $"setVariables '{s.Id}' sets nothing; map at least one variable to an expression");
        RuleFor(s => s.Set).Custom((set, context) =>
        {
            foreach (var (name, expression) in set ?? [])
            {
                var path = $"Set{ValidationPath.Key(name)}";
                if (string.IsNullOrWhiteSpace(name))
                    context.AddFailure(path, "a variable name cannot be empty");
                else if (string.IsNullOrWhiteSpace(expression))
                    context.AddFailure(path, $"the expression for '{name}' is empty");
                else if (ExpressionRules.ExpressionProblem(language, $"set '{name}' =", expression) is { } problem)
                    context.AddFailure(path, problem);
            }
        });
    }
}
