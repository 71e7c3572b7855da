using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Keeps every message the test SMTP server accepts.</summary>
internal sealed class CapturingStore : MessageStore
{
    private readonly ConcurrentQueue<CapturedEmail> _received = new();

    public IReadOnlyList<CapturedEmail> Received => [.. _received];

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        _received.Enqueue(new CapturedEmail(transaction.To.Select(m => $"{m.User}@{m.Host}").ToList(), message));
        return SmtpResponse.Ok;
    }
}
