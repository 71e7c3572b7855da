using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Definitions.Loading;

/// <summary>Maps a form document to the runtime form definition.</summary>
internal static class FormLoader
{
    public static FormDefinition Load(FormDocument? form) =>
        form?.Fields is not { Count: > 0 } fields
            ? FormDefinition.Empty
            : new FormDefinition([.. fields.Select(f => new FormField
            {
                Name = f.Name!,
                Label = f.Label ?? f.Name!,
                Type = f.Type!,
                Required = f.Required,
                Min = f.Min,
                Max = f.Max,
                MinLength = f.MinLength,
                MaxLength = f.MaxLength,
                Pattern = f.Pattern,
                Options = f.Options ?? [],
                Default = f.Default?.DeepClone(),
                Help = f.Help,
            })]);
}
