using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Every next/end pair a step declares, wherever it sits (outcomes, responses, cases, otherwise, onTimeout).</summary>
/// <remarks>
/// Takes all of them whatever the step's type: a property that does not apply is reported on its own, and following
/// it anyway keeps one mistake from also showing up as unreachable steps or stuck outcomes.
/// </remarks>
internal static class StepExits
{
    public static IEnumerable<StepExit> Of(StepDocument step)
    {
        if (step.Next is not null || step.End is not null)
            yield return new StepExit("", step.Next, step.End);

        foreach (var exit in Listed("Outcomes", step.Outcomes))
            yield return exit;
        foreach (var exit in Listed("Responses", step.Responses))
            yield return exit;
        foreach (var exit in Listed("Cases", step.Cases))
            yield return exit;

        if (step.Otherwise is { } otherwise)
            yield return new StepExit("Otherwise", otherwise.Next, otherwise.End);
        if (step.OnTimeout is { } onTimeout)
            yield return new StepExit("OnTimeout", onTimeout.Next, onTimeout.End);
    }

    private static IEnumerable<StepExit> Listed<T>(string property, IReadOnlyList<T?>? exits)
        where T : ExitDocument
    {
        for (var i = 0; i < (exits?.Count ?? 0); i++)
        {
            if (exits![i] is { } exit)
                yield return new StepExit($"{property}[{i}]", exit.Next, exit.End);
        }
    }
}
