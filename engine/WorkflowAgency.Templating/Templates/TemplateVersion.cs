using System.Security.Cryptography;
using System.Text;

namespace WorkflowAgency.Templating.Templates;

/// <summary>A short hash of the template sources a render used, recorded with each document.</summary>
internal static class TemplateVersion
{
    /// <summary>16 hex digits (64 bits) of the SHA-256 of each file's name and source, in a fixed order.</summary>
    /// <remarks>
    /// Included files count too: a changed footer changes what a document says. Names are hashed with the
    /// sources so that moving text from one part to the other is a new version.
    /// </remarks>
    public static string Of(LoadedTemplate html, LoadedTemplate? text, IEnumerable<LoadedTemplate> included)
    {
        var files = new[] { html }
            .Concat(text is null ? [] : [text])
            .Concat(included.DistinctBy(file => file.File.Name).OrderBy(file => file.File.Name, StringComparer.Ordinal));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            // Lengths first so that no two different lists of files hash the same bytes.
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.File.Name.Length}:{file.File.Name}{file.Source.Length}:"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Source));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
