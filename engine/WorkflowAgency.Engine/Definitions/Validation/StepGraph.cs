using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A stage's steps as a graph: who leads to whom, which steps wait, what the stage can end with.</summary>
/// <remarks>
/// Steps are numbered by their position in the stage. A repeated id resolves to its first step, as the
/// runtime would; the repetition is reported separately.
/// </remarks>
internal sealed class StepGraph
{
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);
    private readonly List<StepExit>[] exits;
    private readonly List<int>[] successors;
    private readonly bool[] waits;

    public StepGraph(StageDocument stage)
    {
        Steps = stage.Steps ?? [];
        exits = new List<StepExit>[Steps.Count];
        successors = new List<int>[Steps.Count];
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i]?.Id is { } id)
                indexById.TryAdd(id, i);
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            exits[i] = step is null ? [] : [.. StepExits.Of(step)];
            successors[i] = [.. exits[i].Select(e => IndexOf(e.Next)).Concat((step?.Branches ?? []).Select(IndexOf)).OfType<int>()];
        }

        Start = IndexOf(stage.Start);
        Outcomes = exits.SelectMany(e => e).Select(e => e.End).OfType<string>().Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal);
        waits = FindWaitingSteps();
    }

    public IReadOnlyList<StepDocument?> Steps { get; }

    /// <summary>Each step's exits, by step number.</summary>
    public IReadOnlyList<IReadOnlyList<StepExit>> Exits => exits;

    /// <summary>The start step's number; null when the stage has no start or it names no step.</summary>
    public int? Start { get; }

    /// <summary>Every outcome some step ends the stage with, whether or not that step is reachable.</summary>
    public IReadOnlySet<string> Outcomes { get; }

    public int? IndexOf(string? id) => id is not null && indexById.TryGetValue(id, out var index) ? index : null;

    /// <summary>True for the first step with its id; later steps repeating an id are never the target of a connection.</summary>
    public bool IsFirstWithItsId(int step) => Steps[step]?.Id is { } id && indexById[id] == step;

    /// <summary>Steps a path can get to from the start, counting a parallel's join as reached by the parallel.</summary>
    public HashSet<int> Reachable() =>
        Start is { } start ? GraphSearch.Reach(start, step => successors[step].Concat(JoinOf(step) is { } join ? [join] : [])) : [];

    /// <summary>The outcomes the stage can end with straight after it is entered, without anything to wait for on the way.</summary>
    public IReadOnlySet<string> OutcomesWithoutWaiting()
    {
        if (Start is not { } start || waits[start])
            return new HashSet<string>();
        return GraphSearch.Reach(start, step => successors[step].Where(s => !waits[s]))
            .SelectMany(step => Exits[step])
            .Select(e => e.End)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Loops made only of steps that never wait: once entered, they would run for ever.</summary>
    public IEnumerable<IReadOnlyList<int>> LoopsWithoutWaiting() =>
        Cycles.Find(Steps.Count, step => waits[step] ? [] : successors[step].Where(s => !waits[s]));

    public int? JoinOf(int step) => Steps[step]?.Type == StepTypes.Parallel ? IndexOf(Steps[step]!.Join) : null;

    // A join holds its path until every branch of its parallel arrives, so it waits whenever some branch
    // cannot reach it without waiting; that can make an enclosing join wait too, hence the repetition.
    private bool[] FindWaitingSteps()
    {
        var waiting = Steps.Select(s => s?.Type is { } type && StepTypes.Waiting.Contains(type)).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var step = 0; step < Steps.Count; step++)
            {
                if (JoinOf(step) is not { } join || waiting[join])
                    continue;
                var branches = (Steps[step]!.Branches ?? []).Select(IndexOf).OfType<int>();
                if (branches.Any(branch => waiting[branch] || !GraphSearch.Reach(branch, s => successors[s].Where(n => !waiting[n])).Contains(join)))
                {
                    waiting[join] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return waiting;
    }
}
