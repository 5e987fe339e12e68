using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Data;

/// <summary>What a write run by <see cref="GroupCommit"/> answers: its result, and whether its rows are kept.</summary>
public readonly record struct BatchedWrite<T>(T Result, bool Keep);

/// <summary>
/// Runs the writes of many callers in one transaction, one commit and one turn of the write gate, instead of one
/// each: under load SQLite's begin, commit and WAL append, and handing the gate from one caller to the next, cost
/// more than a small write itself. Each write runs in its own savepoint, so one that gives up or fails leaves the
/// others' rows alone. Writes queued while a batch is written make up the next batch; alone, a write is a batch of one.
/// The batches are written by a thread of their own: queued on the thread pool, the writer would wait behind the
/// requests whose writes it holds up.
/// </summary>
public sealed class GroupCommit(IDbContextFactory<AppDbContext> contexts, DatabaseWriteGate writeGate, ILogger<GroupCommit> logger) : IDisposable
{
    /// <summary>Enough to empty the queue of a busy moment while keeping one commit's WAL append small.</summary>
    private const int MaxBatch = 64;

    // Run as prepared statements: DbTransaction.Save and Release would prepare their statement anew for every write.
    private const string Savepoint = "SAVEPOINT \"write\"";
    private const string RollbackToSavepoint = "ROLLBACK TO SAVEPOINT \"write\"";
    private const string ReleaseSavepoint = "RELEASE SAVEPOINT \"write\"";

    private readonly ConcurrentQueue<QueuedWrite> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _writerStart = new();
    private Thread? _writer;
    private int _draining;
    private volatile bool _disposed;

    // Which batch and which write in it are being written, for AfterCommit; only the writer's flow sets them.
    private AppDbContext? _batch;
    private QueuedWrite? _running;

    // Kept with its connection open from one batch to the next, so the statements every write runs stay prepared.
    private AppDbContext? _writerContext;

    /// <param name="write">Runs in the batch's transaction; a write that is not kept is rolled back on its own.</param>
    /// <param name="committed">Runs after the commit, still inside the write gate, for a write that was kept.</param>
    public Task<T> WriteAsync<T>(Func<AppDbContext, CancellationToken, Task<BatchedWrite<T>>> write, Action<T>? committed, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var queued = new QueuedWrite<T>(write, committed, ct);
        _queue.Enqueue(queued);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            StartWriter();
            _wake.Release();
        }
        return queued.Task;
    }

    /// <summary>
    /// Runs <paramref name="action"/> right after the commit of the write now running on <paramref name="db"/>,
    /// before the next batch is written, and never if that write is rolled back. False (and the action dropped) when
    /// <paramref name="db"/> is not a batch of this instance: a caller with a transaction of its own.
    /// </summary>
    public bool AfterCommit(AppDbContext db, Action action)
    {
        if (!ReferenceEquals(db, _batch) || _running is not { } write)
        {
            return false;
        }
        write.AfterCommit(action);
        return true;
    }

    public void Dispose()
    {
        _disposed = true;
        _wake.Release();
        _writer?.Join();
        _writerContext?.Dispose();
        // Writes queued after the writer's last batch are answered rather than left waiting forever.
        while (_queue.TryDequeue(out var left))
        {
            left.Fail(new ObjectDisposedException(nameof(GroupCommit)));
            left.Finish();
        }
    }

    private void StartWriter()
    {
        if (_writer is not null)
        {
            return;
        }
        lock (_writerStart)
        {
            _writer ??= StartedThread();
        }
    }

    private Thread StartedThread()
    {
        var thread = new Thread(WriteLoop) { IsBackground = true, Name = "Group commit" };
        thread.Start();
        return thread;
    }

    private void WriteLoop()
    {
        // When the app stops, what is queued is still written before the thread ends.
        while (!_disposed)
        {
            _wake.Wait();
            try
            {
                // SQLite answers synchronously, so this thread writes the batches itself.
                DrainAsync().GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                // Batches answer their own failures, so this is a fault of the loop itself: it starts again with the next write.
                GroupCommitLog.WriterFailed(logger, e);
                Volatile.Write(ref _draining, 0);
            }
        }
    }

    private async Task DrainAsync()
    {
        do
        {
            while (!_queue.IsEmpty)
            {
                var batch = new List<QueuedWrite>();
                // Entered by blocking, not awaiting: an awaited entry that had to wait would resume on the thread pool and
                // write this batch and the next ones there, behind the requests, instead of on this thread.
                using (writeGate.Enter(CancellationToken.None))
                {
                    while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                    {
                        batch.Add(next);
                    }
                    await RunAsync(batch);
                }
                // Callers resume on the thread pool once the gate is free for the next batch.
                batch.ForEach(write => write.Finish());
            }
            Volatile.Write(ref _draining, 0);
            // A write queued between the last look and the flag's reset would otherwise wait for the next caller.
        } while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _draining, 1, 0) == 0);
    }

    private async Task RunAsync(List<QueuedWrite> batch)
    {
        try
        {
            var db = await WriterContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            _batch = db;
            var kept = 0;
            foreach (var write in batch)
            {
                kept += await RunOneAsync(db, write) ? 1 : 0;
            }
            if (kept > 0)
            {
                await transaction.CommitAsync();
            }
        }
        catch (Exception e)
        {
            _batch = null;
            // Nothing of this batch is committed: every write in it, kept or not, is answered with the failure.
            GroupCommitLog.BatchFailed(logger, batch.Count, e);
            batch.ForEach(write => write.Fail(e));
            // The next batch starts on a new connection, whatever state this failure left the old one in.
            await DiscardWriterContextAsync();
            return;
        }
        _batch = null;
        foreach (var write in batch)
        {
            try
            {
                write.Committed();
            }
            catch (Exception e)
            {
                // The rows are committed whatever the caller's follow-up does, so the write still answers with them.
                GroupCommitLog.AfterCommitFailed(logger, e);
            }
        }
    }

    private async Task<AppDbContext> WriterContextAsync()
    {
        if (_writerContext is null)
        {
            var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            _writerContext = db;
        }
        return _writerContext;
    }

    private async Task DiscardWriterContextAsync()
    {
        if (_writerContext is { } db)
        {
            _writerContext = null;
            try
            {
                await db.DisposeAsync();
            }
            catch (Exception e)
            {
                // The batch has its answer already; a connection that will not even close is left to the runtime.
                GroupCommitLog.WriterFailed(logger, e);
            }
        }
    }

    private async Task<bool> RunOneAsync(AppDbContext db, QueuedWrite write)
    {
        if (write.Cancelled)
        {
            return false;
        }
        await DirectSql.ExecuteAsync(db, Savepoint, CancellationToken.None);
        bool keep;
        try
        {
            _running = write;
            keep = await write.RunAsync(db);
        }
        catch (Exception e)
        {
            write.Fail(e);
            keep = false;
        }
        finally
        {
            _running = null;
        }
        if (!keep)
        {
            await DirectSql.ExecuteAsync(db, RollbackToSavepoint, CancellationToken.None);
        }
        await DirectSql.ExecuteAsync(db, ReleaseSavepoint, CancellationToken.None);
        // The next write starts from an empty context, as if it had its own.
        db.ChangeTracker.Clear();
        return keep;
    }

    private abstract class QueuedWrite
    {
        public abstract bool Cancelled { get; }

        /// <summary>True when the write's rows are to be kept.</summary>
        public abstract Task<bool> RunAsync(AppDbContext db);

        public abstract void Fail(Exception e);

        public abstract void Committed();

        public abstract void AfterCommit(Action action);

        public abstract void Finish();
    }

    private sealed class QueuedWrite<T>(Func<AppDbContext, CancellationToken, Task<BatchedWrite<T>>> write, Action<T>? committed, CancellationToken ct)
        : QueuedWrite
    {
        private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private BatchedWrite<T> _written;
        private Exception? _failure;
        private List<Action>? _afterCommit;

        public Task<T> Task => _answer.Task;

        public override bool Cancelled => ct.IsCancellationRequested;

        public override async Task<bool> RunAsync(AppDbContext db)
        {
            _written = await write(db, ct);
            return _written.Keep;
        }

        public override void Fail(Exception e) => _failure ??= e;

        public override void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

        public override void Committed()
        {
            if (_failure is null && _written.Keep)
            {
                committed?.Invoke(_written.Result);
                _afterCommit?.ForEach(action => action());
            }
        }

        public override void Finish()
        {
            if (_failure is OperationCanceledException || (_failure is null && ct.IsCancellationRequested && !_written.Keep))
            {
                _answer.TrySetCanceled(ct.IsCancellationRequested ? ct : CancellationToken.None);
            }
            else if (_failure is not null)
            {
                _answer.TrySetException(_failure);
            }
            else
            {
                _answer.TrySetResult(_written.Result);
            }
        }
    }
}
