using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Definitions.Loading;

/// <summary>
/// Maps a validated <see cref="DefinitionDocument"/> to the runtime model, parsing every expression once.
/// </summary>
/// <remarks>
/// Only published (hence validated) documents are loaded, so anything wrong here is a bug and throws
/// <see cref="InvalidDefinitionException"/> instead of being collected.
/// </remarks>
public sealed class DefinitionLoader(IExpressionLanguage expressions)
{
    public ProcessDefinition Load(DefinitionDocument document, int version)
    {
        var stages = new Dictionary<string, Stage>(StringComparer.Ordinal);
        var documentStages = document.Stages ?? [];
        for (var i = 0; i < documentStages.Count; i++)
        {
            var stage = LoadStage(documentStages[i], $"/stages/{i}");
            stages.Add(stage.Id, stage);
        }

        return new ProcessDefinition
        {
            Id = Required(document.Id, "/id"),
            Name = document.Name ?? document.Id!,
            Version = version,
            StartStageId = Required(document.Start, "/start"),
            Stages = stages,
            Transitions = [.. (document.Transitions ?? []).Select(t => new StageTransition(t.From!, t.On!, t.To, t.Finish))],
            Variables = (document.Variables ?? []).ToDictionary(
                v => v.Key,
                v => new VariableDefinition(v.Key, v.Value.Type ?? FieldTypes.Text, v.Value.Default?.DeepClone()),
                StringComparer.Ordinal),
        };
    }

    private Stage LoadStage(StageDocument document, string path)
    {
        var stageId = Required(document.Id, $"{path}/id");
        var steps = new Dictionary<string, Step>(StringComparer.Ordinal);
        var documentSteps = document.Steps ?? [];
        var stepLoader = new StepLoader(this);
        for (var i = 0; i < documentSteps.Count; i++)
        {
            var step = stepLoader.Load(documentSteps[i], $"{path}/steps/{i}");
            steps.Add(step.Id, step);
        }

        // Entry emails run as ordinary send-email steps in front of the stage's first step, so a failing
        // template becomes an incident at a precise place and "retry" re-sends exactly what failed.
        var start = Required(document.Start, $"{path}/start");
        var emails = document.OnEnter?.Emails ?? [];
        for (var i = emails.Count - 1; i >= 0; i--)
        {
            var id = $"onEnter.emails.{i}";
            steps.Add(id, new SendEmailStep { Id = id, Path = $"{path}/onEnter/emails/{i}", Template = emails[i], Exit = Exit.ToStep(start) });
            start = id;
        }

        return new Stage
        {
            Id = stageId,
            Name = document.Name ?? stageId,
            StartStepId = start,
            Steps = steps,
            EntryEmails = emails,
        };
    }

    internal ICompiledExpression Expression(string source, string path) =>
        Compiled(expressions.ParseExpression(source), source, path);

    internal ICompiledExpression? Text(string? source, string path) =>
        source is null ? null : Compiled(expressions.ParseText(source), source, path);

    internal static string Required(string? value, string path) =>
        value ?? throw new InvalidDefinitionException($"{path} is missing in a published definition");

    private static ICompiledExpression Compiled(ParseResult<ICompiledExpression> result, string source, string path) =>
        result.Succeeded
            ? result.Value!
            : throw new InvalidDefinitionException($"{path}: '{source}' does not parse: {string.Join("; ", result.Errors)}");
}
