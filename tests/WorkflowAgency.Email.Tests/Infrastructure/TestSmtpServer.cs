using System.Net;
using System.Net.Sockets;
using SmtpServer;

namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port. It can be stopped and started again on the
/// same port, to play a mail server that goes down, and told how to answer (<see cref="Answer"/>).
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CapturingMailbox _mailbox = new();
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;
    private int _sessions;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public SmtpAnswer Answer
    {
        get => _mailbox.Answer;
        set => _mailbox.Answer = value;
    }

    /// <summary>Runs as each message is accepted (see <see cref="CapturingMailbox.OnAccepted"/>).</summary>
    public Action? OnAccepted
    {
        get => _mailbox.OnAccepted;
        set => _mailbox.OnAccepted = value;
    }

    /// <summary>Everything accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedEmail> Received => _mailbox.Received;

    /// <summary>A server on a free port, not listening yet: connecting to it is refused, as to a server that is down.</summary>
    public static TestSmtpServer Create() => new(FreeLoopbackPort());

    /// <summary>A server that is already listening.</summary>
    public static async Task<TestSmtpServer> StartNewAsync()
    {
        var server = Create();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_server is not null)
            throw new InvalidOperationException("Already started.");
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add((SmtpServer.Storage.IMessageStore)_mailbox);
        services.Add((SmtpServer.Storage.IMailboxFilter)_mailbox);
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _server.SessionCompleted += (_, _) => Interlocked.Decrement(ref _sessions);
        _server.SessionFaulted += (_, _) => Interlocked.Decrement(ref _sessions);
        _server.SessionCancelled += (_, _) => Interlocked.Decrement(ref _sessions);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_server is null)
            return;
        // A real server going down says 421/451 to the sessions it is in; cancelling a session mid-transaction would
        // make this one answer 554, a permanent refusal no real outage gives. So every message is deferred (451) and
        // the sessions in flight are let finish (up to 5 s); only then is the listener cancelled.
        var answer = Answer;
        Answer = SmtpAnswer.Defer;
        for (var waited = 0; Volatile.Read(ref _sessions) > 0 && waited < 100; waited++)
            await Task.Delay(50);
        await _stop!.CancelAsync();
        try
        {
            await _running!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // How the server reports that it was stopped.
        }
        _stop.Dispose();
        Answer = answer;
        _sessions = 0;
        _server = null;
        _stop = null;
        _running = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
