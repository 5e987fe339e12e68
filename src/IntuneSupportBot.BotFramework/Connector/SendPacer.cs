using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Keeps the bot's calls within Teams' rate limits (<see cref="ConnectorOptions"/>): every call within the app-wide
/// limit, and every send to a conversation within that thread's limits. Each call reserves the earliest time that
/// keeps every limit it falls under; a burst leaves at once up to a limit and the rest wait. Sends to one thread
/// keep their order; a call held back by its busy thread does not hold back calls to other threads.
/// </summary>
public sealed class SendPacer
{
    private const int SweepEvery = 4096;

    private readonly TimeProvider _time;
    private readonly bool _on;
    private readonly SendRule[] _threadRules;
    private readonly SendRule[] _appRules;
    private readonly long _lookBack;
    private readonly SendLog _app = new();
    private readonly Dictionary<string, SendLog> _threads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _addedSinceSweep;

    public SendPacer(IOptions<ConnectorOptions> options, TimeProvider time)
    {
        _time = time;
        var settings = options.Value;
        _on = settings.Pacing;
        _threadRules = [.. settings.EffectiveThreadLimits.Select(limit => new SendRule(limit.Sends, Ticks(limit.Window)))];
        _appRules = settings.AppCallsPerSecond > 0 ? [new SendRule(settings.AppCallsPerSecond, Ticks(TimeSpan.FromSeconds(1)))] : [];
        _lookBack = _threadRules.Concat(_appRules).Max(rule => rule.Window);
    }

    /// <summary>
    /// Waits, when needed, until one more call stays within the limits: the app's, and the thread's when
    /// <paramref name="conversationId"/> names the conversation it sends to (null for a call that sends nothing).
    /// </summary>
    public ValueTask WaitTurnAsync(string? conversationId, CancellationToken ct)
    {
        if (!_on)
        {
            return ValueTask.CompletedTask;
        }

        var now = _time.GetTimestamp();
        long threadTurn, turn;
        lock (_lock)
        {
            _app.Forget(now - _lookBack);
            var thread = conversationId is null ? null : Thread(conversationId, now);
            // The thread's limits can only hold a call back further, so they come first; the app's are then met at
            // that time or later, in a gap left by calls of other threads if there is one.
            threadTurn = thread is null ? now : thread.Earliest(Math.Max(now, thread.Newest), _threadRules);
            turn = _app.Earliest(threadTurn, _appRules);
            thread?.Add(turn);
            _app.Add(turn);
        }

        if (turn <= now)
        {
            return ValueTask.CompletedTask;
        }

        var wait = TimeSpan.FromSeconds((double)(turn - now) / _time.TimestampFrequency);
        BotTelemetry.PacingDelay.Record(wait.TotalSeconds,
            new KeyValuePair<string, object?>(BotTelemetry.PacingLimitTag, threadTurn > now ? BotTelemetry.ThreadLimit : BotTelemetry.AppLimit));
        return new ValueTask(Task.Delay(wait, _time, ct));
    }

    private SendLog Thread(string conversationId, long now)
    {
        if (_threads.TryGetValue(conversationId, out var thread))
        {
            thread.Forget(now - _lookBack);
            return thread;
        }
        if (++_addedSinceSweep >= SweepEvery)
        {
            ForgetIdle(now);
        }
        thread = new SendLog();
        _threads.Add(conversationId, thread);
        return thread;
    }

    // Conversations whose last send has left every window are forgotten: their next send starts afresh either way.
    private void ForgetIdle(long now)
    {
        _addedSinceSweep = 0;
        foreach (var (id, thread) in _threads)
        {
            if (thread.Newest <= now - _lookBack)
            {
                _threads.Remove(id);
            }
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);
}
