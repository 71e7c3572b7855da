using FluentValidation;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Finds everything wrong with a definition document at once: its shape, every step's settings, the expressions in
/// it, and how stages and steps connect. Problem paths come out as FluentValidation property paths; use
/// <see cref="FindProblems"/> for them as JSON Pointers.
/// </summary>
public sealed class DefinitionValidator : AbstractValidator<DefinitionDocument>
{
    /// <summary>The only schema version this engine reads.</summary>
    public const int SupportedSchemaVersion = 1;

    /// <param name="language">Parses the conditions, computed values and texts with placeholders found in steps.</param>
    public DefinitionValidator(IExpressionLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);

        RuleFor(d => d.SchemaVersion)
            .Equal(SupportedSchemaVersion)
            .WithMessage(d => $"schemaVersion {d.SchemaVersion} is not supported; use {SupportedSchemaVersion}");
        RuleFor(d => d.Id).NotEmpty().WithMessage("id is missing; give the definition a kebab-case id such as client-engagement");
        RuleFor(d => d.Id)
            .Must(Names.IsSlug)
            .When(d => !string.IsNullOrEmpty(d.Id))
            .WithMessage(d => $"id '{d.Id}' is not kebab-case (lowercase letters and digits in words joined by single hyphens, like client-engagement)");
        RuleFor(d => d.Id).FitsIn(TextLimits.Key, "id");
        RuleFor(d => d.Name).NotEmpty().WithMessage("name is missing; give the definition a name people will recognise");
        RuleFor(d => d.Name).FitsIn(TextLimits.Name, "name");
        RuleFor(d => d.Start).NotEmpty().WithMessage("start is missing; name the stage every engagement begins in");
        RuleFor(d => d.Start)
            .Must((d, start) => d.Stages?.Any(s => s?.Id == start) == true)
            .When(d => !string.IsNullOrEmpty(d.Start))
            .WithMessage(d => $"start stage '{d.Start}' does not exist{Suggestions.DidYouMean(d.Start, d.Stages?.Select(s => s?.Id) ?? [])}");

        RuleForEach(d => d.Variables)
            .OverrideIndexer((_, _, variable, _) => ValidationPath.Key(variable.Key))
            .SetValidator(new VariableValidator());

        RuleFor(d => d.Stages).NotEmpty().WithMessage("stages is empty; a definition needs at least one stage");
        RuleForEach(d => d.Stages).NotNull().WithMessage("a stage cannot be null").SetValidator(new StageValidator(language));
        RuleFor(d => d.Stages).Custom((stages, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (stages?.Count ?? 0); i++)
            {
                if (stages![i]?.Id is { Length: > 0 } id && !seen.Add(id))
                    context.AddFailure($"Stages[{i}].Id", $"stage id '{id}' is used twice; transitions would reach only the first");
            }
        });

        RuleForEach(d => d.Transitions).NotNull().WithMessage("a transition cannot be null").SetValidator(new TransitionValidator());
        RuleFor(d => d).Custom((definition, context) =>
        {
            var stages = new StageIndex(definition);
            var findings = TransitionAnalyser.Analyse(definition.Transitions ?? [], stages).Concat(StageFlowAnalyser.Analyse(definition, stages));
            foreach (var finding in findings)
                context.AddFailure(finding.Path, finding.Message);
        });

        RuleFor(d => d.Unknown).NoUnknownProperties(typeof(DefinitionDocument));
    }

    /// <summary>Every problem with <paramref name="document"/>, located by JSON Pointer (no line or column: there is no text).</summary>
    public IReadOnlyList<DefinitionProblem> FindProblems(DefinitionDocument document) =>
        [.. Validate(document).Errors.Select(e => new DefinitionProblem(ValidationPath.ToPointer(e.PropertyName), e.ErrorMessage))];
}
