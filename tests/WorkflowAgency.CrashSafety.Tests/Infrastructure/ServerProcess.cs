using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace WorkflowAgency.CrashSafety.Tests.Infrastructure;

/// <summary>
/// The built server run as its own OS process (<c>dotnet WorkflowAgency.Server.dll</c>), configured only through
/// environment variables, on its own data folder (SQLite file) and loopback port. It can be killed with SIGKILL
/// and started again on the same data, as an operator's process supervisor would.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "crash-safety-demo-password";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private Process? _process;
    private int _generation;

    /// <param name="settings">Configuration keys (<c>Section:Key</c>) on top of the defaults below.</param>
    public ServerProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "workflowagency-crash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Port = FreePort.Next();
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DataFolder"] = Path.Combine(Folder, "data"),
            ["Templates:Root"] = Repository.Templates,
            ["Workflows:Root"] = Repository.Workflows,
            ["Spa:Root"] = Path.Combine(Folder, "spa"),
            // The shipped templates put a client link in an email only when it is https.
            ["PublicBaseUrl"] = "https://agency.example/",
            ["Seed:DemoPassword"] = Password,
            ["RateLimits:LoginPerMinute"] = "10000",
            ["RateLimits:ClientPerMinute"] = "10000",
            ["Workers:TimerPollSeconds"] = "1",
            ["Workers:OutboxPollSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            _settings[key] = value;
    }

    public string Folder { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>How many times the process has been started.</summary>
    public int Starts => _generation;

    /// <summary>Log lines at error level or above (and unhandled exceptions) from every run so far.</summary>
    public IReadOnlyList<string> Failures => [.. _failures];

    /// <summary>The last lines the server wrote, for a failure message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(60));

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server and waits until <c>/health</c> answers 200.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
            throw new InvalidOperationException("The server is already running.");
        var generation = Interlocked.Increment(ref _generation);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Repository.ServerDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Repository.ServerDll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in _settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Capture(generation, e.Data);
        process.ErrorDataReceived += (_, e) => Capture(generation, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilHealthyAsync(process);
    }

    /// <summary>SIGKILL: the process dies at once, mid-request and mid-send, with nothing flushed or shut down.</summary>
    public void Kill()
    {
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
        process.Dispose();
        _process = null;
    }

    /// <summary>A client of this server run; make a new one after a restart (the old connections died with the process).</summary>
    public HttpClient CreateClient(System.Net.CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new System.Net.CookieContainer(),
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
                Kill();
            else
                _process.Dispose();
            _process = null;
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }

    private void Capture(int generation, string? line)
    {
        if (line is null)
            return;
        var tagged = string.Create(CultureInfo.InvariantCulture, $"[run {generation}] {line}");
        _output.Enqueue(tagged);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
        // The console logger starts an entry with its level; an unhandled exception reaches stderr as "Unhandled exception".
        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
            || line.Contains("Unhandled exception", StringComparison.Ordinal))
            _failures.Enqueue(tagged);
    }

    private async Task WaitUntilHealthyAsync(Process process)
    {
        using var probe = CreateClient();
        probe.Timeout = TimeSpan.FromSeconds(5);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the server exited with code {process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            if (deadline.Elapsed > StartTimeout)
                throw new TimeoutException($"the server did not become healthy within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{RecentOutput}");
            await Task.Delay(50);
        }
    }
}
