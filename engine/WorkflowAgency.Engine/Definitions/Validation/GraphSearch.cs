namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Breadth-first reach over a small graph whose nodes are numbered (steps of a stage, or stages).</summary>
internal static class GraphSearch
{
    /// <summary>Every node reachable from <paramref name="from"/>, itself included.</summary>
    public static HashSet<int> Reach(int from, Func<int, IEnumerable<int>> next)
    {
        var seen = new HashSet<int> { from };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            foreach (var node in next(queue.Dequeue()))
            {
                if (seen.Add(node))
                    queue.Enqueue(node);
            }
        }

        return seen;
    }
}
