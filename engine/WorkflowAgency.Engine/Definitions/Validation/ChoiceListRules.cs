using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Rules for a list of choices (task outcomes, client responses): each name once.</summary>
internal static class ChoiceListRules
{
    /// <summary>Reports a repeated name at its second appearance: the person choosing could not tell them apart.</summary>
    /// <param name="rule">The rule for the list.</param>
    /// <param name="property">The list's property name, which a custom rule has to spell out in its paths.</param>
    /// <param name="kind">What a choice is called in messages.</param>
    public static IRuleBuilderOptionsConditions<T, List<ChoiceDocument>?> HaveDistinctNames<T>(
        this IRuleBuilder<T, List<ChoiceDocument>?> rule, string property, string kind) =>
        rule.Custom((choices, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (choices?.Count ?? 0); i++)
            {
                if (choices![i]?.Name is { Length: > 0 } name && !seen.Add(name))
                    context.AddFailure($"{property}[{i}].Name", $"{kind} '{name}' is listed twice");
            }
        });
}
