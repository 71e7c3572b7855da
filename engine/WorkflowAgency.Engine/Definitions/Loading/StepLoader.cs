using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Definitions.Loading;

/// <summary>Builds the typed step for each step document.</summary>
internal sealed class StepLoader(DefinitionLoader loader)
{
    public Step Load(StepDocument d, string path)
    {
        var id = DefinitionLoader.Required(d.Id, $"{path}/id");
        return d.Type switch
        {
            StepTypes.HumanTask => new HumanTaskStep
            {
                Id = id, Name = d.Name, Path = path,
                Title = loader.Text(d.Title ?? d.Name ?? id, $"{path}/title")!,
                Description = loader.Text(d.Description, $"{path}/description"),
                Assignee = loader.Text(d.Assignee, $"{path}/assignee"),
                Due = Time(d.Due, $"{path}/due"),
                Priority = d.Priority is null ? TaskPriority.Normal : Enum.Parse<TaskPriority>(d.Priority, ignoreCase: true),
                Form = FormLoader.Load(d.Form),
                Outcomes = Choices(d.Outcomes, $"{path}/outcomes"),
                Exit = d.Outcomes is { Count: > 0 } ? null : ExitOf(d.Next, d.End, path),
            },
            StepTypes.SendEmail => new SendEmailStep
            {
                Id = id, Name = d.Name, Path = path,
                Template = DefinitionLoader.Required(d.Template, $"{path}/template"),
                To = loader.Text(d.To, $"{path}/to"),
                Subject = loader.Text(d.Subject, $"{path}/subject"),
                Attach = d.Attach ?? [],
                Exit = ExitOf(d.Next, d.End, path),
            },
            StepTypes.RenderDocument => new RenderDocumentStep
            {
                Id = id, Name = d.Name, Path = path,
                Template = DefinitionLoader.Required(d.Template, $"{path}/template"),
                As = DefinitionLoader.Required(d.As, $"{path}/as"),
                Exit = ExitOf(d.Next, d.End, path),
            },
            StepTypes.Decision => new DecisionStep
            {
                Id = id, Name = d.Name, Path = path,
                Cases = [.. (d.Cases ?? []).Select((c, i) => new DecisionCase(
                    loader.Expression(DefinitionLoader.Required(c.When, $"{path}/cases/{i}/when"), $"{path}/cases/{i}/when"),
                    ExitOf(c.Next, c.End, $"{path}/cases/{i}")))],
                Otherwise = ExitOf(d.Otherwise?.Next, d.Otherwise?.End, $"{path}/otherwise"),
            },
            StepTypes.SetVariables => new SetVariablesStep
            {
                Id = id, Name = d.Name, Path = path,
                Assignments = (d.Set ?? []).ToDictionary(s => s.Key, s => loader.Expression(s.Value, $"{path}/set/{s.Key}"), StringComparer.Ordinal),
                Exit = ExitOf(d.Next, d.End, path),
            },
            StepTypes.Timer => new TimerStep
            {
                Id = id, Name = d.Name, Path = path,
                At = d.Duration is not null
                    ? Time(d.Duration, $"{path}/duration")!
                    : TimeSpec.From(loader.Expression(DefinitionLoader.Required(d.Until, $"{path}/until"), $"{path}/until")),
                Exit = ExitOf(d.Next, d.End, path),
            },
            StepTypes.WaitForClient => new WaitForClientStep
            {
                Id = id, Name = d.Name, Path = path,
                Purpose = d.Purpose ?? id.Replace('-', '_'),
                Template = d.Template,
                Attach = d.Attach ?? [],
                Form = FormLoader.Load(d.Form),
                Responses = Choices(d.Responses, $"{path}/responses"),
                Timeout = Time(d.Timeout, $"{path}/timeout"),
                OnTimeout = d.OnTimeout is null ? null : ExitOf(d.OnTimeout.Next, d.OnTimeout.End, $"{path}/onTimeout"),
            },
            StepTypes.WaitForSignal => new WaitForSignalStep
            {
                Id = id, Name = d.Name, Path = path,
                Signal = DefinitionLoader.Required(d.Signal, $"{path}/signal"),
                Exit = ExitOf(d.Next, d.End, path),
                Timeout = Time(d.Timeout, $"{path}/timeout"),
                OnTimeout = d.OnTimeout is null ? null : ExitOf(d.OnTimeout.Next, d.OnTimeout.End, $"{path}/onTimeout"),
            },
            StepTypes.Parallel => new ParallelStep
            {
                Id = id, Name = d.Name, Path = path,
                Branches = d.Branches ?? [],
                JoinStepId = DefinitionLoader.Required(d.Join, $"{path}/join"),
            },
            StepTypes.Join => new JoinStep { Id = id, Name = d.Name, Path = path, Exit = ExitOf(d.Next, d.End, path) },
            _ => throw new InvalidDefinitionException($"{path}/type: unknown step type '{d.Type}'"),
        };
    }

    private static IReadOnlyList<Choice> Choices(List<ChoiceDocument>? choices, string path) =>
        [.. (choices ?? []).Select((c, i) => new Choice(
            DefinitionLoader.Required(c.Name, $"{path}/{i}/name"),
            c.Label ?? c.Name!,
            ExitOf(c.Next, c.End, $"{path}/{i}")))];

    private TimeSpec? Time(string? text, string path)
    {
        if (text is null)
            return null;
        if (IsoDuration.TryParse(text, out var duration))
            return TimeSpec.After(duration);
        return TimeSpec.From(loader.Text(text, path)!);
    }

    private static Exit ExitOf(string? next, string? end, string path) =>
        next is not null ? Exit.ToStep(next)
        : end is not null ? Exit.EndStage(end)
        : throw new InvalidDefinitionException($"{path}: neither 'next' nor 'end'");
}
