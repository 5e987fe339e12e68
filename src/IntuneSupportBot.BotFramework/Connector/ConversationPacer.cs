using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Keeps each conversation under Teams' per-thread send limit (at most N posts in any window) by reserving a
/// slot per post: a burst of N leaves at once, the next one waits until the oldest slot leaves the window.
/// One small lock per conversation, no allocation on the fast path; longer Teams windows are left to 429 handling.
/// </summary>
public sealed class ConversationPacer(IOptions<ConnectorOptions> options, TimeProvider time)
{
    private const int SweepEvery = 4096;

    private readonly int limit = options.Value.MaxSendsPerWindow;
    private readonly long windowTicks = ToTimestampTicks(options.Value.SendWindow, time);
    private readonly ConcurrentDictionary<string, SendWindow> windows = new(StringComparer.Ordinal);
    private int addedSinceSweep;

    /// <summary>Waits, when needed, until one more post to <paramref name="conversationId"/> stays within the limit.</summary>
    public ValueTask WaitTurnAsync(string conversationId, CancellationToken ct)
    {
        if (limit <= 0)
        {
            return ValueTask.CompletedTask;
        }

        var now = time.GetTimestamp();
        if (!windows.TryGetValue(conversationId, out var window))
        {
            window = windows.GetOrAdd(conversationId, static (_, size) => new SendWindow(size), limit);
            if (Interlocked.Increment(ref addedSinceSweep) >= SweepEvery)
            {
                ForgetIdle(now);
            }
        }

        var slot = window.Reserve(now, windowTicks);
        if (slot <= now)
        {
            return ValueTask.CompletedTask;
        }

        var wait = TimeSpan.FromSeconds((double)(slot - now) / time.TimestampFrequency);
        return new ValueTask(Task.Delay(wait, time, ct));
    }

    // Drops conversations whose last post has left the window; a post racing the removal at worst starts a fresh window.
    private void ForgetIdle(long now)
    {
        Interlocked.Exchange(ref addedSinceSweep, 0);
        foreach (var (id, window) in windows)
        {
            if (window.IsIdle(now, windowTicks))
            {
                windows.TryRemove(new KeyValuePair<string, SendWindow>(id, window));
            }
        }
    }

    private static long ToTimestampTicks(TimeSpan span, TimeProvider time) =>
        (long)(span.TotalSeconds * time.TimestampFrequency);

    /// <summary>The reserved send times of the last N posts, as a ring.</summary>
    private sealed class SendWindow(int size)
    {
        private readonly long[] slots = new long[size];
        private int next;
        private int filled;

        public long Reserve(long now, long windowTicks)
        {
            lock (slots)
            {
                var slot = filled < slots.Length ? now : Math.Max(now, slots[next] + windowTicks);
                slots[next] = slot;
                next = (next + 1) % slots.Length;
                filled = Math.Min(filled + 1, slots.Length);
                return slot;
            }
        }

        public bool IsIdle(long now, long windowTicks)
        {
            lock (slots)
            {
                var newest = slots[(next + slots.Length - 1) % slots.Length];
                return newest + windowTicks < now;
            }
        }
    }
}
