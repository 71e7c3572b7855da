using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Checks how a stage's steps connect: every connection lands on a step, every step can be reached, the stage
/// can end, and no loop spins without waiting. Paths are relative to the stage.
/// </summary>
internal static class StepFlowAnalyser
{
    public static IEnumerable<Finding> Analyse(StageDocument stage)
    {
        var graph = new StepGraph(stage);
        var stageName = stage.Id ?? "(no id)";
        var ids = graph.Steps.Select(s => s?.Id).ToArray();

        if (!string.IsNullOrEmpty(stage.Start) && graph.Start is null)
            yield return new Finding("Start", $"start step '{stage.Start}' is not a step of stage '{stageName}'{Suggestions.DidYouMean(stage.Start, ids)}");

        foreach (var finding in Connections(graph, stageName, ids))
            yield return finding;

        if (graph.Start is not { } start)
            yield break; // reachability from a start that does not exist would only repeat that problem

        var reachable = graph.Reachable();
        for (var step = 0; step < graph.Steps.Count; step++)
        {
            if (!reachable.Contains(step) && graph.IsFirstWithItsId(step))
                yield return new Finding($"Steps[{step}]", $"step '{ids[step]}' is never reached: no path leads to it from the start step '{ids[start]}'");
        }

        if (!reachable.Any(step => graph.Exits[step].Any(e => !string.IsNullOrEmpty(e.End))))
            yield return new Finding("", $"stage '{stageName}' can never end: no step reachable from its start step '{ids[start]}' ends it with 'end'");

        foreach (var loop in graph.LoopsWithoutWaiting())
        {
            yield return new Finding(
                $"Steps[{loop[0]}]",
                $"steps {Names.Quoted(loop.Append(loop[0]).Select(s => ids[s]!))} form a loop with no waiting step, so it would run for ever; put a {Names.Or([.. StepTypes.Waiting.Order(StringComparer.Ordinal)])} step in it");
        }
    }

    private static IEnumerable<Finding> Connections(StepGraph graph, string stageName, string?[] ids)
    {
        for (var step = 0; step < graph.Steps.Count; step++)
        {
            var document = graph.Steps[step];
            if (document is null)
                continue;

            foreach (var exit in graph.Exits[step])
            {
                if (!string.IsNullOrEmpty(exit.Next) && graph.IndexOf(exit.Next) is null)
                    yield return Dangling($"Steps[{step}].{exit.NextPath}", "next", exit.Next, stageName, ids);
            }

            var branches = document.Branches ?? [];
            for (var branch = 0; branch < branches.Count; branch++)
            {
                if (!string.IsNullOrEmpty(branches[branch]) && graph.IndexOf(branches[branch]) is null)
                    yield return Dangling($"Steps[{step}].Branches[{branch}]", "branch", branches[branch], stageName, ids);
            }

            if (string.IsNullOrEmpty(document.Join))
                continue;
            if (graph.IndexOf(document.Join) is not { } join)
                yield return Dangling($"Steps[{step}].Join", "join", document.Join, stageName, ids);
            else if (graph.Steps[join]!.Type != StepTypes.Join)
                yield return new Finding($"Steps[{step}].Join", $"join '{document.Join}' is a {graph.Steps[join]!.Type} step, not a join step");
        }
    }

    private static Finding Dangling(string path, string what, string? target, string stageName, string?[] ids) =>
        new(path, $"{what} '{target}' is not a step of stage '{stageName}'{Suggestions.DidYouMean(target, ids)}");
}
