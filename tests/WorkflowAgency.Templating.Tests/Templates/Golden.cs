using System.Runtime.CompilerServices;

namespace WorkflowAgency.Templating.Tests.Templates;

/// <summary>Compares output with a file in Golden/; <c>UPDATE_GOLDEN=1</c> rewrites the files instead, for review in the diff.</summary>
internal static class Golden
{
    public static void ShouldMatchGolden(this string actual, string fileName, [CallerFilePath] string testFile = "")
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "Golden", fileName), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Templates", "Golden", fileName));
        actual.ShouldBe(expected, $"differs from Golden/{fileName}; run with UPDATE_GOLDEN=1 to rewrite it, then review the diff");
    }
}
