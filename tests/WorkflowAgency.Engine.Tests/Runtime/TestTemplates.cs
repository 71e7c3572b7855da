namespace WorkflowAgency.Engine.Tests.Runtime;

/// <summary>Where the runtime tests find templates and shipped definitions.</summary>
internal static class TestTemplates
{
    /// <summary>The small template set the runtime tests render (documents and emails).</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Runtime", "Fixtures", "templates");

    /// <summary>The repository checkout, found by walking up to the solution file; the shipped process and templates live there.</summary>
    public static string Repository
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "WorkflowAgency.sln")))
                    return folder.FullName;
            }
            throw new InvalidOperationException("WorkflowAgency.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
