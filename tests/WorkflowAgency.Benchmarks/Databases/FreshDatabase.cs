namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>A database made for one round; disposing it drops it.</summary>
internal sealed class FreshDatabase(DatabaseTarget target, Func<ValueTask> drop) : IAsyncDisposable
{
    public DatabaseTarget Target { get; } = target;

    public ValueTask DisposeAsync() => drop();
}
