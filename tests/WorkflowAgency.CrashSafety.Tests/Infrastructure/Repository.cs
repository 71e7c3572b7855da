using System.Reflection;

namespace WorkflowAgency.CrashSafety.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from: the shipped workflows and templates, and the built server.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary>The server as built alongside these tests (same configuration), to be run with <c>dotnet</c>.</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var dll = Path.Combine(Root, "engine", "WorkflowAgency.Server", "bin", configuration, framework, "WorkflowAgency.Server.dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"the server is not built at {dll}; the test project's reference builds it, so build the tests first");
        }
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
