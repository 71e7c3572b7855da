using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Which of the flat step shape's properties each step type uses.</summary>
/// <remarks>Mirrored by the per-type <c>then</c> schemas in <c>workflows/workflow.schema.json</c>.</remarks>
internal static class StepTypeRules
{
    private static readonly (string Name, Func<StepDocument, bool> IsSet)[] TypeSpecific =
    [
        ("next", s => s.Next is not null),
        ("end", s => s.End is not null),
        ("title", s => s.Title is not null),
        ("description", s => s.Description is not null),
        ("assignee", s => s.Assignee is not null),
        ("due", s => s.Due is not null),
        ("priority", s => s.Priority is not null),
        ("form", s => s.Form is not null),
        ("outcomes", s => s.Outcomes is not null),
        ("to", s => s.To is not null),
        ("subject", s => s.Subject is not null),
        ("attach", s => s.Attach is not null),
        ("template", s => s.Template is not null),
        ("as", s => s.As is not null),
        ("cases", s => s.Cases is not null),
        ("otherwise", s => s.Otherwise is not null),
        ("set", s => s.Set is not null),
        ("duration", s => s.Duration is not null),
        ("until", s => s.Until is not null),
        ("purpose", s => s.Purpose is not null),
        ("responses", s => s.Responses is not null),
        ("timeout", s => s.Timeout is not null),
        ("onTimeout", s => s.OnTimeout is not null),
        ("signal", s => s.Signal is not null),
        ("branches", s => s.Branches is not null),
        ("join", s => s.Join is not null),
    ];

    private static readonly Dictionary<string, HashSet<string>> Allowed = new(StringComparer.Ordinal)
    {
        [StepTypes.HumanTask] = ["title", "description", "assignee", "due", "priority", "form", "outcomes", "next", "end"],
        [StepTypes.SendEmail] = ["to", "subject", "attach", "template", "next", "end"],
        [StepTypes.RenderDocument] = ["template", "as", "next", "end"],
        [StepTypes.Decision] = ["cases", "otherwise"],
        [StepTypes.SetVariables] = ["set", "next", "end"],
        [StepTypes.Timer] = ["duration", "until", "next", "end"],
        [StepTypes.WaitForClient] = ["purpose", "responses", "timeout", "onTimeout", "template", "attach", "form"],
        [StepTypes.WaitForSignal] = ["signal", "timeout", "onTimeout", "next", "end"],
        [StepTypes.Parallel] = ["branches", "join"],
        [StepTypes.Join] = ["next", "end"],
    };

    private static readonly Dictionary<string, string> HowItLeaves = new(StringComparer.Ordinal)
    {
        [StepTypes.Decision] = "a decision leads on through its cases and otherwise",
        [StepTypes.WaitForClient] = "a waitForClient step leads on through its responses and onTimeout",
        [StepTypes.Parallel] = "a parallel step leads on through its branches, which meet at its join",
    };

    /// <summary>The type-specific properties a step of <paramref name="type"/> may have; none for an unknown type.</summary>
    public static IReadOnlySet<string> PropertiesOf(string type) =>
        Allowed.TryGetValue(type, out var allowed) ? allowed : new HashSet<string>();

    /// <summary>Set properties that the step's type ignores, with the message for each; none for an unknown type.</summary>
    public static IEnumerable<(string Property, string Message)> Inapplicable(StepDocument step)
    {
        if (step.Type is null || !Allowed.TryGetValue(step.Type, out var allowed))
            yield break;

        foreach (var (name, isSet) in TypeSpecific)
        {
            if (!isSet(step) || allowed.Contains(name))
                continue;
            var hint = name is "next" or "end" && HowItLeaves.TryGetValue(step.Type, out var how) ? $"; {how}" : "";
            yield return (name, $"'{name}' does not apply to a {step.Type} step{hint}");
        }
    }

    /// <summary>True when the step leads on with its own next/end (a task with outcomes uses those instead).</summary>
    public static bool LeavesByNextOrEnd(StepDocument step) =>
        step.Type is not null
        && Allowed.TryGetValue(step.Type, out var allowed)
        && allowed.Contains("next")
        && !(step.Type == StepTypes.HumanTask && step.Outcomes is not null);
}
