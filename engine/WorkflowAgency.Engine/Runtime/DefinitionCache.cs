using System.Collections.Concurrent;
using WorkflowAgency.Engine.Definitions.Loading;
using WorkflowAgency.Engine.Definitions.Reading;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>
/// Compiled definitions by id and version. Published versions never change, so an entry never goes stale
/// and every expression is parsed once per version, however many engagements run on it.
/// </summary>
public sealed class DefinitionCache(IDefinitionStore store, DefinitionLoader loader)
{
    private readonly ConcurrentDictionary<(string Id, int Version), Lazy<ProcessDefinition>> _loaded = new();

    public async Task<ProcessDefinition?> GetAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (_loaded.TryGetValue((definitionId, version), out var cached))
            return cached.Value;
        var published = await store.FindVersionAsync(definitionId, version, cancellationToken);
        if (published is null)
            return null;
        return _loaded.GetOrAdd((definitionId, version), _ => new Lazy<ProcessDefinition>(() => Load(published.Json, version))).Value;
    }

    private ProcessDefinition Load(string json, int version)
    {
        // Published JSON was validated with the same reader; failing to read it now is a bug, not user input.
        var read = DefinitionReader.Read(json);
        return read.Document is { } document
            ? loader.Load(document, version)
            : throw new InvalidDefinitionException($"a published definition does not read: {string.Join("; ", read.Problems)}");
    }
}
