using System.Collections.Concurrent;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Open <see cref="RowSession"/>s for reuse, so their prepared statements outlive one call.</summary>
/// <remarks>
/// At most <c>capacity</c> sessions wait idle; a burst beyond that opens more and closes them on return. A
/// session whose work failed is closed rather than returned, so no half-finished state is ever reused.
/// </remarks>
internal sealed class RowSessionPool(IDatabaseProvider provider, string connectionString, int capacity) : IDisposable
{
    private readonly ConcurrentQueue<RowSession> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

    public async ValueTask<RowSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new RowSession(await provider.OpenConnectionAsync(connectionString, cancellationToken));
    }

    /// <summary>Takes <paramref name="session"/> back; <paramref name="reusable"/> is false when its work threw.</summary>
    public void Return(RowSession session, bool reusable)
    {
        if (reusable && !_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= capacity)
            {
                _idle.Enqueue(session);
                if (_disposed)
                {
                    // Raced with Dispose: drain again so nothing is left open.
                    CloseIdle();
                }

                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        session.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Dispose();
        }
    }
}
