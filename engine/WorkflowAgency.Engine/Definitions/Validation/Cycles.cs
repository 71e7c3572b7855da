namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>Finds the loops of a small directed graph whose nodes are numbered 0..n-1 (steps of a stage, or stages).</summary>
internal static class Cycles
{
    /// <summary>
    /// One loop per strongly connected component that has one, as the nodes along it starting from the
    /// component's lowest-numbered node (the first in document order); a node that leads to itself is a loop too.
    /// </summary>
    public static IEnumerable<IReadOnlyList<int>> Find(int count, Func<int, IEnumerable<int>> successors)
    {
        foreach (var component in Components(count, successors))
        {
            var first = component.Min();
            if (Path(first, first, component, successors) is { } loop)
                yield return loop;
        }
    }

    // Tarjan's algorithm, iterative so a long chain of steps cannot overflow the stack.
    private static List<HashSet<int>> Components(int count, Func<int, IEnumerable<int>> successors)
    {
        var index = new int[count];
        var lowLink = new int[count];
        Array.Fill(index, -1);
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var components = new List<HashSet<int>>();
        var next = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
                continue;

            var work = new Stack<(int Node, IEnumerator<int> Successors)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, children) = work.Peek();
                if (children.MoveNext())
                {
                    var child = children.Current;
                    if (index[child] < 0)
                        Visit(child);
                    else if (onStack[child])
                        lowLink[node] = Math.Min(lowLink[node], index[child]);
                    continue;
                }

                work.Pop();
                children.Dispose();
                if (work.Count > 0)
                    lowLink[work.Peek().Node] = Math.Min(lowLink[work.Peek().Node], lowLink[node]);
                if (lowLink[node] != index[node])
                    continue;

                var component = new HashSet<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }

            void Visit(int node)
            {
                index[node] = lowLink[node] = next++;
                stack.Push(node);
                onStack[node] = true;
                work.Push((node, successors(node).GetEnumerator()));
            }
        }

        return components;
    }

    // Breadth-first, so the loop named in the message is the shortest one through the first node.
    private static List<int>? Path(int from, int to, HashSet<int> within, Func<int, IEnumerable<int>> successors)
    {
        var cameFrom = new Dictionary<int, int>();
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var child in successors(node).Where(within.Contains))
            {
                if (child == to)
                {
                    var path = new List<int> { node };
                    while (path[^1] != from)
                        path.Add(cameFrom[path[^1]]);
                    path.Reverse();
                    return path;
                }

                if (cameFrom.TryAdd(child, node))
                    queue.Enqueue(child);
            }
        }

        return null;
    }
}
