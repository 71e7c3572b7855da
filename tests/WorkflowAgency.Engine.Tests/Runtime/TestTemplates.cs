namespace WorkflowAgency.Engine.Tests.Runtime;

/// <summary>The small template set the runtime tests render (documents and emails).</summary>
internal static class TestTemplates
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Runtime", "Fixtures", "templates");
}
