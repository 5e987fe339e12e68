namespace LoadDriver;

/// <summary>Failed turns inside the measured window, by kind; shared by all virtual users.</summary>
public sealed class RunCounters
{
    private long _non2xx;
    private long _transport;
    private long _timeouts;
    private long _wrongReplies;

    public long Non2xx => Interlocked.Read(ref _non2xx);
    public long Transport => Interlocked.Read(ref _transport);
    public long Timeouts => Interlocked.Read(ref _timeouts);
    public long WrongReplies => Interlocked.Read(ref _wrongReplies);

    /// <summary>The first status code or reply text that failed a turn, to say why at the end of the run.</summary>
    public string? FirstFailure { get; private set; }

    public void AddNon2xx(int status) => Add(ref _non2xx, $"HTTP {status} from the target");

    public void AddTransport(string message) => Add(ref _transport, message);

    public void AddTimeout() => Add(ref _timeouts, "a turn timed out waiting for its replies");

    public void AddWrongReply(string? reply) => Add(ref _wrongReplies, $"reply did not answer the turn: {Shorten(reply)}");

    private void Add(ref long counter, string failure)
    {
        if (Interlocked.Increment(ref counter) == 1 && FirstFailure is null)
        {
            FirstFailure = failure;
        }
    }

    private static string Shorten(string? text) =>
        text is null ? "(none)" : text.Length <= 120 ? text : text[..120] + "…";
}
