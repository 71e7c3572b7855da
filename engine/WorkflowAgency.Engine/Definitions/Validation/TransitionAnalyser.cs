using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Checks transitions against the stages: each names real stages and an outcome its stage can end with, no two
/// handle the same outcome, and every outcome a stage can end with has one. Paths are relative to the definition.
/// </summary>
internal static class TransitionAnalyser
{
    public static IEnumerable<Finding> Analyse(IReadOnlyList<TransitionDocument?> transitions, StageIndex stages)
    {
        var handled = new Dictionary<(string From, string On), int>();
        for (var k = 0; k < transitions.Count; k++)
        {
            if (transitions[k] is not { } transition)
                continue;

            var from = stages.IndexOf(transition.From);
            if (!string.IsNullOrEmpty(transition.From) && from is null)
                yield return new Finding($"Transitions[{k}].From", $"from '{transition.From}' is not a stage{Suggestions.DidYouMean(transition.From, stages.Ids)}");
            if (!string.IsNullOrEmpty(transition.To) && stages.IndexOf(transition.To) is null)
                yield return new Finding($"Transitions[{k}].To", $"to '{transition.To}' is not a stage{Suggestions.DidYouMean(transition.To, stages.Ids)}");
            if (from is { } stage && !string.IsNullOrEmpty(transition.On) && !stages.Graphs[stage]!.Outcomes.Contains(transition.On))
                yield return new Finding($"Transitions[{k}].On", NotAnOutcome(transition.From!, transition.On, stages.Graphs[stage]!.Outcomes));

            if (string.IsNullOrEmpty(transition.From) || string.IsNullOrEmpty(transition.On))
                continue;
            if (!handled.TryAdd((transition.From, transition.On), k))
                yield return new Finding($"Transitions[{k}]", $"a second transition from '{transition.From}' on '{transition.On}'; /transitions/{handled[(transition.From, transition.On)]} already handles it");
        }

        for (var stage = 0; stage < stages.Count; stage++)
        {
            if (!stages.IsFirstWithItsId(stage))
                continue;
            var id = stages.Ids[stage]!;
            foreach (var (path, outcome) in EndsWithoutTransition(stages.Graphs[stage]!, id, handled))
                yield return new Finding($"Stages[{stage}].{path}", $"stage '{id}' can end with '{outcome}' but no transition leaves it on '{outcome}', so the engagement would get stuck; add a transition from '{id}' on '{outcome}'");
        }
    }

    private static IEnumerable<(string Path, string Outcome)> EndsWithoutTransition(
        StepGraph graph, string stageId, Dictionary<(string From, string On), int> handled)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < graph.Steps.Count; step++)
        {
            foreach (var exit in graph.Exits[step])
            {
                // Once per outcome, where it first appears: more places ending the same way are the same omission.
                if (exit.End is { Length: > 0 } outcome && !handled.ContainsKey((stageId, outcome)) && reported.Add(outcome))
                    yield return ($"Steps[{step}].{exit.EndPath}", outcome);
            }
        }
    }

    private static string NotAnOutcome(string stage, string on, IReadOnlySet<string> outcomes) =>
        $"stage '{stage}' never ends with '{on}'{Suggestions.DidYouMean(on, outcomes)}; "
        + (outcomes.Count == 0 ? "none of its steps ends it" : $"it can end with: {Names.List(outcomes.Order(StringComparer.Ordinal))}");
}
