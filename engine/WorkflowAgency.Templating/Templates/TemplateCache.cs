using System.Collections.Concurrent;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Parsed template files, re-read when a file's last-write time or length changes.</summary>
/// <remarks>
/// Templates are edited while the server runs, so every use checks the file's timestamp (one stat call)
/// before trusting the cached parse. Parsed templates are shared between threads: Scriban does not change
/// a <see cref="Scriban.Template"/> while rendering it (scriban/scriban#571).
/// </remarks>
internal sealed class TemplateCache
{
    private readonly ConcurrentDictionary<string, LoadedTemplate> entries = new(StringComparer.Ordinal);

    /// <summary>The file read and parsed, from the cache while it is unchanged; null when it does not exist.</summary>
    public LoadedTemplate? Load(TemplateFile file)
    {
        var info = new FileInfo(file.FullPath);
        if (!info.Exists)
        {
            entries.TryRemove(file.FullPath, out _);
            return null;
        }

        if (entries.TryGetValue(file.FullPath, out var known) && known.LastWriteUtc == info.LastWriteTimeUtc && known.Length == info.Length)
            return known;

        var loaded = Read(file, info);
        // Two threads may both read a changed file; either result is the file's content, so the last one wins.
        entries[file.FullPath] = loaded;
        return loaded;
    }

    private static LoadedTemplate Read(TemplateFile file, FileInfo info)
    {
        // Taken before reading: if the file changes while it is read, the next use sees a newer time and reads again.
        var lastWrite = info.LastWriteTimeUtc;
        var length = info.Length;
        string source;
        try
        {
            source = File.ReadAllText(file.FullPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Not cached as such: the stamp is reset so the next use tries again.
            return new LoadedTemplate(file, DateTime.MinValue, -1, "", null,
                [TemplateErrors.About(file.Name, $"The template file could not be read: {error.Message}")]);
        }

        var (template, errors) = TemplateParser.Parse(source, file.Name);
        return new LoadedTemplate(file, lastWrite, length, source, template, errors);
    }
}
