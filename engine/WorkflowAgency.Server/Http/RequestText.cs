using System.Text;

namespace WorkflowAgency.Server.Http;

/// <summary>Reads a body as text, for endpoints that need the exact JSON (definitions report problems by line and column).</summary>
internal static class RequestText
{
    public const int MaxLength = 2 * 1024 * 1024;

    /// <summary>The body, or null when it is longer than <see cref="MaxLength"/> characters.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = new StringBuilder();
        var chunk = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(chunk, cancellationToken)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > MaxLength)
                return null;
        }
        return text.ToString();
    }
}
