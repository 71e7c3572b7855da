using System.Net;
using System.Net.Sockets;
using SmtpServer;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port, capturing what the server sends.</summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CapturingStore _store = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private LoopbackSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<CapturedEmail> Received => _store.Received;

    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        var server = new LoopbackSmtpServer(FreePort());
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, server.Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add((SmtpServer.Storage.IMessageStore)server._store);
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);
        await server.WaitUntilListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // How the server reports that it was stopped.
        }
        _stop.Dispose();
    }

    private static int FreePort()
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
