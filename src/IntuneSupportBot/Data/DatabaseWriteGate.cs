namespace IntuneSupportBot.Data;

/// <summary>
/// SQLite has one writer at a time; queueing writers in-process is far cheaper than letting them collide on
/// the file lock and back off. Other providers pass straight through.
/// </summary>
public sealed class DatabaseWriteGate(bool serializeWrites)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _entries;

    /// <summary>How many times a writer has entered: a change tells that something may have been written since.</summary>
    public long Entries => Interlocked.Read(ref _entries);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!serializeWrites)
        {
            return NoGate.Instance;
        }
        await _gate.WaitAsync(ct);
        Interlocked.Increment(ref _entries);
        return new Release(_gate);
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
        Interlocked.Increment(ref _entries);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
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
