using System.Runtime.CompilerServices;

namespace WorkflowAgency.Templating.Tests.Shipped;

/// <summary>Compares output with a file in Shipped/Golden/; <c>UPDATE_GOLDEN=1</c> rewrites the files instead, for review in the diff.</summary>
internal static class ShippedGolden
{
    public static void ShouldMatchShippedGolden(this string actual, string fileName, [CallerFilePath] string testFile = "")
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "Golden", fileName), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Shipped", "Golden", fileName);
        File.Exists(path).ShouldBeTrue($"Shipped/Golden/{fileName} is missing; run with UPDATE_GOLDEN=1 to write it, then review it");
        actual.ShouldBe(File.ReadAllText(path), $"differs from Shipped/Golden/{fileName}; run with UPDATE_GOLDEN=1 to rewrite it, then review the diff");
    }
}
