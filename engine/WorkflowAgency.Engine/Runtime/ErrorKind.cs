namespace WorkflowAgency.Engine.Runtime;

/// <summary>The kinds of expected failure a command can have; the HTTP layer maps them to status codes.</summary>
public enum ErrorKind
{
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
}
