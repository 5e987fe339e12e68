namespace IntuneSupportBot.Data;

/// <summary>
/// SQLite has one writer at a time; queueing writers in-process is far cheaper than letting them collide on
/// the file lock and back off. Other providers pass straight through.
/// </summary>
public sealed class DatabaseWriteGate(bool serializeWrites)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!serializeWrites)
        {
            return NoGate.Instance;
        }
        await _gate.WaitAsync(ct);
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
