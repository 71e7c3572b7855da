using WorkflowAgency.Templating;
using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Server.Features.Templates;

/// <summary>
/// A throw-away copy of the templates folder with some files replaced, to check or preview a change without
/// touching the templates live engagements render from.
/// </summary>
/// <remarks>The shipped set is a few dozen small files, so copying it per request costs little.</remarks>
internal sealed class TemplateWorkspace : IDisposable
{
    private TemplateWorkspace(string root, TimeProvider time)
    {
        Root = root;
        Renderer = new ScribanTemplateRenderer(new ScribanOptions { TemplatesRoot = root, TimeProvider = time });
    }

    public string Root { get; }

    public ScribanTemplateRenderer Renderer { get; }

    /// <summary>A copy of <paramref name="source"/> with <paramref name="name"/>'s parts replaced (a null text part is left as it was, empty removes it).</summary>
    public static TemplateWorkspace Create(string source, string name, string html, string? text, TimeProvider time)
    {
        var root = Path.Combine(Path.GetTempPath(), "workflowagency-templates", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*.sbn-*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var htmlPath = TemplateNames.PathOf(root, name, TemplateNames.HtmlExtension);
        Directory.CreateDirectory(Path.GetDirectoryName(htmlPath)!);
        File.WriteAllText(htmlPath, html);
        var textPath = TemplateNames.PathOf(root, name, TemplateNames.TextExtension);
        if (text is { Length: > 0 })
            File.WriteAllText(textPath, text);
        else if (text is not null)
            File.Delete(textPath);
        return new TemplateWorkspace(root, time);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the request over it would not be.
        }
    }
}
