using Scriban;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Templates;

/// <summary>A template file as read and parsed at one last-write time.</summary>
/// <param name="File">Which file.</param>
/// <param name="LastWriteUtc">The file's last-write time when it was read; a different one means it changed.</param>
/// <param name="Length">The file's length when it was read, checked with the time.</param>
/// <param name="Source">The text read.</param>
/// <param name="Template">The parsed template; null when <paramref name="Errors"/> has any.</param>
/// <param name="Errors">Parse errors, each with its position in this file.</param>
internal sealed record LoadedTemplate(
    TemplateFile File,
    DateTime LastWriteUtc,
    long Length,
    string Source,
    Template? Template,
    IReadOnlyList<TemplateError> Errors)
{
    /// <summary>Whether the file starts with a <c>+++</c> front matter block.</summary>
    public bool HasFrontMatter => Template?.Page?.FrontMatter is not null;
}
