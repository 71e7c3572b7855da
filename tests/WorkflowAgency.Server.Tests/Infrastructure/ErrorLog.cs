using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>A logger provider keeping what a server logged at Error or above, so a test can say nothing went wrong.</summary>
internal sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>Each entry as "category: message" followed by its exception, if any.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                entries.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
