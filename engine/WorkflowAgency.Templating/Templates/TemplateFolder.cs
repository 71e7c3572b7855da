using System.Diagnostics.CodeAnalysis;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Maps template names to files, refusing any name that would reach outside the folder.</summary>
/// <remarks>
/// Names come from process definitions and <c>include</c> calls, which operations staff write; a name such
/// as <c>../../etc/passwd</c> must not read a file the templates folder does not hold.
/// </remarks>
internal sealed class TemplateFolder
{
    public TemplateFolder(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>The file of <paramref name="part"/> of <paramref name="templateName"/>, or why there can be none.</summary>
    /// <remarks>The file may not exist; only where it would be is decided here.</remarks>
    public bool TryResolve(string templateName, TemplatePart part, [NotNullWhen(true)] out TemplateFile? file, [NotNullWhen(false)] out string? problem)
    {
        file = null;
        problem = FindNameProblem(templateName);
        if (problem is not null)
            return false;

        var name = part.FileName(templateName);
        var fullPath = Path.GetFullPath(Path.Combine(Root, name));
        // The name rules above already exclude this; checked again on the final path as the real guard.
        if (!IsInside(fullPath, Root))
        {
            problem = $"Template name `{templateName}` resolves outside the templates folder.";
            return false;
        }

        problem = FindLinkEscape(name);
        if (problem is not null)
            return false;

        file = new TemplateFile(name, fullPath);
        return true;
    }

    /// <summary>The name of an absolute path inside the folder, as <see cref="TemplateFile.Name"/> has it.</summary>
    public TemplateFile FromFullPath(string fullPath) =>
        new(Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/'), fullPath);

    /// <summary>Names are relative paths of plain segments separated by <c>/</c>: <c>emails/proposal-sent</c>.</summary>
    private static string? FindNameProblem(string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName))
            return "A template name cannot be empty.";
        // Backslashes and colons are separators or drive letters on Windows; refusing them everywhere keeps
        // a template set that works on Linux working on Windows, and the other way round.
        if (templateName.Contains('\\', StringComparison.Ordinal) || templateName.Contains(':', StringComparison.Ordinal))
            return $"Template name `{templateName}` may only use `/` to separate folders.";
        if (templateName.StartsWith('/') || Path.IsPathRooted(templateName))
            return $"Template name `{templateName}` must be relative to the templates folder, not absolute.";
        foreach (var segment in templateName.Split('/'))
        {
            if (segment.Length == 0 || segment.Trim().Length != segment.Length)
                return $"Template name `{templateName}` has an empty folder name or one with spaces around it.";
            if (segment is "." or "..")
                return $"Template name `{templateName}` may not use `.` or `..`: templates cannot reach outside the templates folder.";
            if (segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                return $"Template name `{templateName}` has a character that cannot be in a file name.";
        }
        return null;
    }

    /// <summary>A symbolic link on the way to the file that points outside the folder.</summary>
    private string? FindLinkEscape(string relativeName)
    {
        var realRoot = RealPath(Root);
        var current = Root;
        foreach (var segment in relativeName.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!entry.Exists || entry.LinkTarget is null)
                continue;

            string? target;
            try
            {
                target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (IOException)
            {
                // A loop of links, or one the process may not follow.
                target = null;
            }
            if (target is null || !IsInside(RealPath(target), realRoot))
                return $"Template file `{relativeName}` is a link to outside the templates folder.";
        }
        return null;
    }

    /// <summary>The path with its own link, if any, followed (enough for a root that is itself a link).</summary>
    private static string RealPath(string path)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        try
        {
            var target = entry.LinkTarget is null ? null : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(target ?? path));
        }
        catch (IOException)
        {
            return Path.TrimEndingDirectorySeparator(path);
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
