using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Open <see cref="RowSession"/>s for reuse, so their prepared statements outlive one call, and the work run on them.</summary>
/// <remarks>
/// At most <c>capacity</c> sessions wait idle; a burst beyond that opens more and closes them on return. A
/// session whose work threw is closed rather than returned, so no half-finished state is ever reused.
/// </remarks>
internal sealed class RowSessionPool(IDatabaseProvider provider, string connectionString, int capacity) : IDisposable
{
    private readonly ConcurrentStack<RowSession> _idle = new();
    private readonly SemaphoreSlim? _writerTurn = provider.WriterTurn(connectionString);
    private int _idleCount;
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="read"/> on a pooled session, outside any transaction.</summary>
    public async Task<T> ReadAsync<T, TState>(
        TState state, Func<RowSession, TState, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);

        var session = await RentAsync(cancellationToken);
        var reusable = false;
        try
        {
            var result = await read(session, state, cancellationToken);
            reusable = true;
            return result;
        }
        finally
        {
            Return(session, reusable);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a write transaction on a pooled session and commits it; false, with
    /// everything rolled back, when <paramref name="write"/> reports a stale revision or a key collides.
    /// </summary>
    /// <exception cref="DbUpdateException">Any other database error, as EF's SaveChanges reports it.</exception>
    public async Task<bool> WriteAsync<TState>(
        TState state, Func<RowSession, DbTransaction, TState, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);

        if (_writerTurn is not null)
        {
            await _writerTurn.WaitAsync(cancellationToken);
        }

        try
        {
            return await WriteInTurnAsync(state, write, cancellationToken);
        }
        finally
        {
            _writerTurn?.Release();
        }
    }

    private async Task<bool> WriteInTurnAsync<TState>(
        TState state, Func<RowSession, DbTransaction, TState, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken);
        var reusable = false;
        try
        {
            using var transaction = provider.BeginWriteTransaction(session.Connection);
            bool written;
            try
            {
                written = await write(session, transaction, state, cancellationToken);
            }
            catch (DbException exception) when (provider.IsUniqueViolation(exception))
            {
                // Only a concurrent writer makes a well-formed commit collide on a key (e.g. a start retried).
                return false;
            }
            catch (DbException exception)
            {
                // The type EF's SaveChanges throws, so callers see one failure type whichever path wrote.
                throw new DbUpdateException("An error occurred while writing the commit. See the inner exception for details.", exception);
            }

            if (written)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            reusable = true;
            return written;
        }
        finally
        {
            Return(session, reusable);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private async ValueTask<RowSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new RowSession(await provider.OpenConnectionAsync(connectionString, cancellationToken));
    }

    /// <summary>Takes <paramref name="session"/> back; <paramref name="reusable"/> is false when its work threw.</summary>
    private void Return(RowSession session, bool reusable)
    {
        if (reusable && !_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= capacity)
            {
                _idle.Push(session);
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

    private void CloseIdle()
    {
        while (_idle.TryPop(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Dispose();
        }
    }
}
