namespace WorkflowAgency.Server.Http;

/// <summary>One page of a list, with what is needed to ask for the next.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
