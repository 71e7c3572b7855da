using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>The test server's recipient check and message store: keeps what it accepts, answers as it is told.</summary>
internal sealed class CapturingMailbox : IMessageStore, IMailboxFilter
{
    private readonly ConcurrentQueue<ReceivedEmail> _received = new();
    private int _queueNumber;

    public volatile SmtpAnswer Answer;

    /// <summary>Runs as each message is accepted, e.g. to let a fake clock move as a slow server would.</summary>
    public Action? OnAccepted { get; set; }

    public IReadOnlyList<ReceivedEmail> Received => [.. _received];

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    // False makes the server answer RCPT TO with 550 (mailbox unavailable).
    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(Answer != SmtpAnswer.RejectRecipient);

    public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        switch (Answer)
        {
            case SmtpAnswer.Defer:
                return new SmtpResponse(SmtpReplyCode.Aborted, "4.3.0 Mailbox busy, try again later");
            case SmtpAnswer.Reject:
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "5.7.1 Message refused by policy");
        }

        var bytes = buffer.ToArray();
        using var stream = new MemoryStream(bytes);
        // Not cancellable: the bytes are all here, and a save cut short by the server stopping would answer 554 — a
        // permanent refusal that no real outage gives — where a real server either keeps the message or says 4xx.
        var message = await MimeMessage.LoadAsync(stream, CancellationToken.None);
        var to = transaction.To.Select(m => m.User + "@" + m.Host).ToList();
        _received.Enqueue(new ReceivedEmail(to, Encoding.UTF8.GetString(bytes), message));
        OnAccepted?.Invoke();
        var number = Interlocked.Increment(ref _queueNumber);
        return new SmtpResponse(SmtpReplyCode.Ok, string.Create(CultureInfo.InvariantCulture, $"2.0.0 Ok: queued as Q{number}"));
    }
}
