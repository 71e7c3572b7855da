namespace WorkflowAgency.Server.Demo;

/// <summary>Everything decided up front about one demo engagement, from the seeded random source, so a run is repeatable.</summary>
internal sealed record DemoEngagementPlan
{
    public required DemoClient Client { get; init; }

    public required DateTimeOffset StartAt { get; init; }

    public required DemoFate Fate { get; init; }

    /// <summary>For <see cref="DemoFate.InFlight"/>: the stage it is left in.</summary>
    public string? StopStage { get; init; }

    public int ChangeRounds { get; init; }

    public bool MoreInfo { get; init; }

    public bool Rework { get; init; }

    public bool AnswersAfterReminder { get; init; }

    public bool Overspend { get; init; }

    /// <summary><c>received</c>, <c>questions</c>, or null for no answer (the link times out).</summary>
    public string? ReportAnswer { get; init; }

    public bool Deposit { get; init; }

    public int DaysLate { get; init; }

    public bool PaysInTwoParts { get; init; }

    /// <summary>The survey's recommend score, or null when the client does not answer.</summary>
    public int? Recommend { get; init; }

    public bool RemindBeforeRenewal { get; init; }

    public decimal Fee { get; init; }

    /// <summary>The client's next engagement, handed over a few days after this one ends renewed or upsold.</summary>
    public DemoEngagementPlan? FollowUp { get; init; }
}
