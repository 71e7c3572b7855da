namespace WorkflowAgency.Engine.Definitions.Loading;

/// <summary>A definition that passed validation cannot be loaded: a bug in the validator or the loader.</summary>
public sealed class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException()
    {
    }

    public InvalidDefinitionException(string message) : base(message)
    {
    }

    public InvalidDefinitionException(string message, Exception inner) : base(message, inner)
    {
    }
}
