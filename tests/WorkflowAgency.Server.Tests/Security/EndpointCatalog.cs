using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Security;

/// <summary>Every endpoint the server maps, with a URL that reaches it.</summary>
internal static partial class EndpointCatalog
{
    public sealed record Entry(string Method, string Pattern, string Url, Endpoint Endpoint)
    {
        public string Key => $"{Method} {Pattern}";

        public override string ToString() => Key;
    }

    public static IReadOnlyList<Entry> All(ServerFactory server)
    {
        var sources = server.Services.GetRequiredService<EndpointDataSource>();
        var entries = new List<Entry>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var pattern = endpoint.RoutePattern.RawText!;
            foreach (var method in methods)
                entries.Add(new Entry(method, pattern, UrlFor(pattern), endpoint));
        }
        return entries;
    }

    /// <summary>Fills route parameters with values of the right shape (they need not exist: authorization comes first).</summary>
    private static string UrlFor(string pattern)
    {
        var url = Parameter().Replace(pattern, match => match.Groups["name"].Value switch
        {
            "version" => "1",
            "name" when match.Value.Contains("**", StringComparison.Ordinal) => "emails/welcome",
            "documentName" => "v1",
            "path" => "somewhere",
            _ when match.Value.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            var other => other + "-sample",
        });
        return url.StartsWith('/') ? url : "/" + url;
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
