using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A split into branches started at once, which meet again at a join step.</summary>
internal sealed class ParallelValidator : AbstractValidator<StepDocument>
{
    public ParallelValidator()
    {
        RuleFor(s => s.Branches)
            .Must(branches => branches?.Count >= 2)
            .WithMessage(s => $"parallel '{s.Id}' needs at least two branches; it has {s.Branches?.Count ?? 0}");
        RuleForEach(s => s.Branches).NotEmpty().WithMessage("a branch must name a step of this stage");
        RuleFor(s => s.Join).NotEmpty().WithMessage(s => $"parallel '{s.Id}' needs 'join', the join step where its branches meet");
    }
}
