namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>"Did you mean …?" for misspelt names: most mistakes in hand-written definitions are typos.</summary>
internal static class Suggestions
{
    /// <summary>A message suffix naming the closest candidate, or an empty string when none is close.</summary>
    public static string DidYouMean(string? value, IEnumerable<string?> candidates)
    {
        if (string.IsNullOrEmpty(value))
            return "";

        var limit = Math.Max(1, value.Length / 3);
        var best = candidates
            .Where(c => !string.IsNullOrEmpty(c) && c != value)
            .Select(c => (Name: c!, Distance: Distance(value.ToUpperInvariant(), c!.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }

    // Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters, the commonest typo.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
