using WorkflowAgency.Engine.Definitions.Json;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A definition's stages by id and by position, each with its step graph, for the analyses that span stages.</summary>
/// <remarks>A repeated id resolves to its first stage, as the runtime would; the repetition is reported separately.</remarks>
internal sealed class StageIndex
{
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);

    public StageIndex(DefinitionDocument definition)
    {
        var stages = definition.Stages ?? [];
        Ids = [.. stages.Select(s => s?.Id)];
        Graphs = [.. stages.Select(s => s is null ? null : new StepGraph(s))];
        for (var i = 0; i < stages.Count; i++)
        {
            if (Ids[i] is { } id)
                indexById.TryAdd(id, i);
        }
    }

    public int Count => Ids.Count;

    /// <summary>Each stage's id, by position; null where a stage has none.</summary>
    public IReadOnlyList<string?> Ids { get; }

    /// <summary>Each stage's step graph, by position; null where the stage itself is null.</summary>
    public IReadOnlyList<StepGraph?> Graphs { get; }

    public int? IndexOf(string? id) => id is not null && indexById.TryGetValue(id, out var index) ? index : null;

    /// <summary>True for a stage with an id that no earlier stage has: the one the id refers to.</summary>
    public bool IsFirstWithItsId(int stage) => Ids[stage] is { Length: > 0 } id && indexById[id] == stage;

    /// <summary>For each stage, the stages its transitions lead to, keeping only the transitions <paramref name="include"/> accepts.</summary>
    public List<int>[] Successors(IEnumerable<TransitionDocument?> transitions, Func<int, string, bool> include)
    {
        var successors = Enumerable.Range(0, Count).Select(_ => new List<int>()).ToArray();
        foreach (var transition in transitions)
        {
            if (IndexOf(transition?.From) is { } from && IndexOf(transition!.To) is { } to
                && transition.On is { } on && include(from, on))
                successors[from].Add(to);
        }

        return successors;
    }
}
