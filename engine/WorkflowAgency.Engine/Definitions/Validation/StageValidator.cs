using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A stage: id, start step, its steps each valid and uniquely named, and a flowchart that works.</summary>
internal sealed class StageValidator : AbstractValidator<StageDocument>
{
    public StageValidator(IExpressionLanguage language)
    {
        RuleFor(s => s.Id).NotEmpty().WithMessage("a stage needs an id");
        RuleFor(s => s.Id).FitsIn(TextLimits.Key, "stage id");
        RuleFor(s => s.Start).NotEmpty().WithMessage(s => $"stage '{s.Id}' needs 'start', the id of its first step");
        RuleFor(s => s.Steps).NotEmpty().WithMessage(s => $"stage '{s.Id}' has no steps");
        RuleForEach(s => s.Steps).NotNull().WithMessage("a step cannot be null").SetValidator(new StepValidator(language));
        RuleFor(s => s).Custom((stage, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (stage.Steps?.Count ?? 0); i++)
            {
                if (stage.Steps![i]?.Id is { Length: > 0 } id && !seen.Add(id))
                    context.AddFailure($"Steps[{i}].Id", $"step id '{id}' is used twice in stage '{stage.Id}'; connections would reach only the first");
            }
        });
        RuleFor(s => s.OnEnter!).SetValidator(new StageHookValidator());
        RuleFor(s => s).Custom((stage, context) =>
        {
            foreach (var finding in StepFlowAnalyser.Analyse(stage))
                context.AddFailure(finding.Path, finding.Message);
        });
        RuleFor(s => s.Unknown).NoUnknownProperties(typeof(StageDocument));
    }
}
