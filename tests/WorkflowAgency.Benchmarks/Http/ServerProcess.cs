using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using WorkflowAgency.Benchmarks.Databases;

namespace WorkflowAgency.Benchmarks.Http;

/// <summary>
/// The built server (<c>WorkflowAgency.Server.dll</c>, same configuration as the harness) as its own process on a
/// loopback port: real Kestrel, real middleware, its own memory to measure.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "bench-password-1";

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The process's resident set size in MiB, from <c>/proc/{pid}/status</c> (Linux).</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    /// <summary>Starts the server on <paramref name="target"/> with its data folder in <paramref name="folder"/> and waits until /health answers.</summary>
    public static async Task<ServerProcess> StartAsync(DatabaseTarget target, TempFolder folder)
    {
        var project = Metadata("ServerProject");
        var assembly = Metadata("ServerAssembly");
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"The server is not built at {assembly}; build the benchmark project in this configuration first.");

        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            // The content root: the shipped workflows and templates are found relative to it, as under dotnet run.
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataFolder"] = Path.Combine(folder.Path, "data");
        start.Environment["Database__Provider"] = target.Provider;
        start.Environment["Database__ConnectionString"] = target.ConnectionString;
        start.Environment["Seed__DemoPassword"] = Password;
        start.Environment["RateLimits__LoginPerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";

        var server = new ServerProcess(Process.Start(start)!, address);
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
                break;
            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        string output;
        lock (_lastLines)
            output = string.Join(Environment.NewLine, _lastLines);
        throw new InvalidOperationException($"The server at {Address} did not become healthy. Its last output:{Environment.NewLine}{output}");
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
                _lastLines.Dequeue();
        }
    }

    private static string Metadata(string key) =>
        typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
