namespace WorkflowAgency.Engine.Model;

/// <summary>When stage <see cref="From"/> ends with <see cref="On"/>: enter <see cref="To"/>, or finish with <see cref="Finish"/>.</summary>
public sealed record StageTransition(string From, string On, string? To, string? Finish);
