using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A task outcome or a client response: a name, and where it leads.</summary>
internal sealed class ChoiceValidator : AbstractValidator<ChoiceDocument>
{
    /// <param name="kind">What the choice is called in messages: <c>outcome</c> or <c>response</c>.</param>
    public ChoiceValidator(string kind)
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage($"an {kind} needs a name");
        // The chosen name is stored with the completed task, the journal and the client's link.
        RuleFor(c => c.Name).FitsIn(TextLimits.Key, $"{kind} name");
        Include(new ExitValidator<ChoiceDocument>(c => $"{kind} '{c.Name}'"));
    }
}
