namespace IntuneSupportBot.Data;

/// <summary>
/// SQLite has one writer at a time; queueing writers in-process is far cheaper than letting them collide on
/// the file lock and back off. Other providers pass straight through.
/// </summary>
public sealed class DatabaseWriteGate(bool serializeWrites)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _exits;

    /// <summary>
    /// How many times a writer has left: a change tells that something may have been committed since. Counted on the
    /// way out, so a write that was under way when the count was read changes it again once it is done.
    /// </summary>
    public long Exits => Interlocked.Read(ref _exits);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!serializeWrites)
        {
            return NoGate.Instance;
        }
        await _gate.WaitAsync(ct);
        return new Release(this);
    }

    /// <summary>
    /// For a thread of its own, which may block: it goes on as soon as the gate is free, where an awaited entry would
    /// queue its continuation on the thread pool behind the requests while holding the gate.
    /// </summary>
    public IDisposable Enter(CancellationToken ct)
    {
        if (!serializeWrites)
        {
            return NoGate.Instance;
        }
        _gate.Wait(ct);
        return new Release(this);
    }

    private sealed class Release(DatabaseWriteGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Increment(ref gate._exits);
                gate._gate.Release();
            }
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
