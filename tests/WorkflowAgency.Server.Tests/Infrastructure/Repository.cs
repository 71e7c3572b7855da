namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from: the shipped workflows and templates.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary>Copies the shipped templates into <paramref name="folder"/>, so a test may change them; returns the copy's root.</summary>
    public static string CopyTemplatesTo(string folder)
    {
        var root = Path.Combine(folder, "templates");
        foreach (var file in Directory.EnumerateFiles(Templates, "*.sbn-*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return root;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkflowAgency.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the repository (WorkflowAgency.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
