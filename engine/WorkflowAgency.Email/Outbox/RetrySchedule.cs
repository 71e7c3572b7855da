namespace WorkflowAgency.Email.Outbox;

/// <summary>When to try a message again: exponential back-off, capped, with a little jitter.</summary>
internal static class RetrySchedule
{
    /// <summary>The largest share of a delay the jitter takes off.</summary>
    private const double Jitter = 0.1;

    /// <summary>
    /// The wait after the <paramref name="attempts"/>-th failed attempt: first × 2^(attempts − 1), at most
    /// <paramref name="max"/>, shortened by up to 10 % at random.
    /// </summary>
    /// <remarks>
    /// The jitter only ever shortens, so the cap holds; it spreads out messages that failed together (the server
    /// was down) so they do not all come back in the same second.
    /// </remarks>
    public static TimeSpan Delay(int attempts, TimeSpan first, TimeSpan max, double random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min(first.Ticks * Math.Pow(2, exponent), max.Ticks);
        return TimeSpan.FromTicks((long)(ticks * (1 - (Jitter * random))));
    }
}
