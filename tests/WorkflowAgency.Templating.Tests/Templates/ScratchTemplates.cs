using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating.Tests.Templates;

/// <summary>A templates folder of the test's own, for tests that edit, delete or link files.</summary>
internal sealed class ScratchTemplates : IDisposable
{
    public ScratchTemplates(ScribanOptions? options = null)
    {
        Parent = Path.Combine(Path.GetTempPath(), "wa-templating-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, "templates");
        Directory.CreateDirectory(Root);
        options ??= new ScribanOptions();
        options.TemplatesRoot = Root;
        Renderer = new ScribanTemplateRenderer(options);
    }

    /// <summary>The folder holding <see cref="Root"/>: outside the templates, where a traversal would land.</summary>
    public string Parent { get; }

    public string Root { get; }

    public ScribanTemplateRenderer Renderer { get; }

    public string Write(string fileName, string content)
    {
        var path = Path.Combine(Root, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
