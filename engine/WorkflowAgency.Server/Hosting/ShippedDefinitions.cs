using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Hosting;

/// <summary>
/// Publishes the process definitions shipped in <c>workflows/</c> that the database does not have yet. A
/// definition the database already has is left alone: operations staff may have edited its draft or published
/// newer versions, and a restart must not overwrite their work.
/// </summary>
internal sealed partial class ShippedDefinitions(DefinitionService definitions, IDefinitionStore store, ServerSettings settings, ILogger<ShippedDefinitions> logger)
{
    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(settings.WorkflowsRoot, "*.json").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                continue;
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            var id = definitions.Validate(json).Document?.Id;
            if (id is null)
            {
                LogUnreadable(logger, file);
                continue;
            }
            if ((await store.ListIdsAsync(cancellationToken)).Contains(id))
                continue;

            var published = await definitions.SaveAndPublishAsync(json, $"shipped in {Path.GetFileName(file)}", Actor.System, cancellationToken);
            if (published.Succeeded)
                LogPublished(logger, id, published.Value!.Version);
            else
                LogRefused(logger, file, published.Error!.ToString(), string.Join("; ", published.Error.Fields?.Select(f => $"{f.Key}: {string.Join(", ", f.Value)}") ?? []));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published shipped definition {Id} as version {Version}")]
    private static partial void LogPublished(ILogger logger, string id, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shipped definition {File} was not published: {Error} {Problems}")]
    private static partial void LogRefused(ILogger logger, string file, string error, string problems);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shipped definition {File} does not read as a definition with an id")]
    private static partial void LogUnreadable(ILogger logger, string file);
}
