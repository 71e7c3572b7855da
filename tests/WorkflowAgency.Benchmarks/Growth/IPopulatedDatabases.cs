using WorkflowAgency.Benchmarks.Databases;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>
/// Databases for the growth and server rows on one provider: a cached database per size made by
/// <see cref="Population"/>, a private copy of it per round, and an empty database to compare with.
/// </summary>
internal interface IPopulatedDatabases
{
    /// <summary>Makes the cached database holding <paramref name="engagements"/> engagements unless it exists (only the first run pays).</summary>
    Task PrepareAsync(int engagements);

    /// <summary>A private copy of the cached database holding <paramref name="engagements"/>, written through before anything is timed; disposing it drops it.</summary>
    Task<FreshDatabase> CopyAsync(int engagements, string name);

    /// <summary>An empty database, migrated by whoever opens it first; disposing it drops it.</summary>
    Task<FreshDatabase> EmptyAsync(string name);
}
