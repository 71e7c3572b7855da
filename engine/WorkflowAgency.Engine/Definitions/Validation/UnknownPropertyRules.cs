using System.Text.Json;
using FluentValidation;
using WorkflowAgency.Engine.Definitions.Reading;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Reports properties the format does not have: they are nearly always typos (<c>nxt</c>) that would otherwise be ignored silently.</summary>
internal static class UnknownPropertyRules
{
    /// <summary>Reports each key of a document's extension data at its own path, suggesting the property it was probably meant to be.</summary>
    public static IRuleBuilderOptionsConditions<T, Dictionary<string, JsonElement>?> NoUnknownProperties<T>(
        this IRuleBuilder<T, Dictionary<string, JsonElement>?> rule, Type documentType)
    {
        var known = DefinitionReader.SerializerOptions.GetTypeInfo(documentType).Properties
            .Where(p => !p.IsExtensionData)
            .Select(p => p.Name)
            .ToArray();
        return rule.Custom((unknown, context) =>
        {
            foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
                context.AddFailure(ValidationPath.Key(name), $"unknown property '{name}'{Suggestions.DidYouMean(name, known)}");
        });
    }
}
