namespace WorkflowAgency.Email.Tests.DefaultProcess;

/// <summary>The checkout these tests run from, found by walking up to the solution file; the shipped process and templates live there.</summary>
internal static class Repository
{
    public static string Root
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

    public static string Templates => Path.Combine(Root, "templates");

    public static string DefaultProcess => Path.Combine(Root, "workflows", "client-engagement.json");
}
