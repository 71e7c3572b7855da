namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>When stage <c>From</c> ends with <c>On</c>: enter <c>To</c>, or finish the engagement with <c>Finish</c>.</summary>
internal sealed record ProcessTransitionView(string From, string On, string? To, string? Finish);
