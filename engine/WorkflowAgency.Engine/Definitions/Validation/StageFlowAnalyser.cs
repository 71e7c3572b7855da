using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Checks the stage flowchart as a whole: every stage can be reached from the start stage, and no ring of stages
/// spins without waiting for anyone. Paths are relative to the definition.
/// </summary>
internal static class StageFlowAnalyser
{
    public static IEnumerable<Finding> Analyse(DefinitionDocument definition, StageIndex stages)
    {
        if (stages.IndexOf(definition.Start) is not { } start)
            yield break; // a missing start is reported on its own; everything would look unreachable

        var transitions = definition.Transitions ?? [];
        var next = stages.Successors(transitions, (_, _) => true);
        var reachable = GraphSearch.Reach(start, stage => next[stage]);
        for (var stage = 0; stage < stages.Count; stage++)
        {
            if (!reachable.Contains(stage) && stages.IsFirstWithItsId(stage))
                yield return new Finding($"Stages[{stage}]", $"stage '{stages.Ids[stage]}' is never reached: no transition leads to it from the start stage '{definition.Start}'");
        }

        // A ring of stages spins when each stage can reach the outcome that leads on without a single wait.
        var instant = stages.Graphs.Select(g => g?.OutcomesWithoutWaiting() ?? new HashSet<string>()).ToArray();
        var spinning = stages.Successors(transitions, (from, on) => instant[from].Contains(on));
        foreach (var loop in Cycles.Find(stages.Count, stage => spinning[stage]))
        {
            yield return new Finding(
                $"Stages[{loop[0]}]",
                $"stages {Names.Quoted(loop.Append(loop[0]).Select(s => stages.Ids[s]!))} form a loop in which no stage waits for anything, so it would run for ever; put a waiting step on the way to the outcome that loops");
        }
    }
}
