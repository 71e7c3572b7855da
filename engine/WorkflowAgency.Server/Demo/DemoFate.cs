namespace WorkflowAgency.Server.Demo;

/// <summary>How an engagement of the demo ends, or where it stops because the history reaches today.</summary>
internal enum DemoFate
{
    /// <summary>Runs on until today: stops acting once in <see cref="DemoEngagementPlan.StopStage"/>.</summary>
    InFlight,
    Declined,
    Expired,
    Completed,
    Renewed,
    Upsold,
}
