using System.Collections.Concurrent;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Which recent client requests (an invoke's activity id) moved which ticket, and the event each produced, so a
/// redelivered request is answered as the first time instead of being applied again. Teams redelivers within
/// seconds, so requests are remembered for <see cref="Window"/>; each event row keeps its request id, and a ticket
/// read from the database brings its recent ones back (after a restart). Held in memory rather than as an indexed
/// table: a unique index on ids in no particular order put one more page at a random place of the file into every
/// commit. Only correct while this process is the database's only writer, like <see cref="TicketCache"/>.
/// </summary>
public sealed class TicketRequests(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Many minutes of a busy tenant's presses; past it the oldest are forgotten early, so memory does not grow with the rate.</summary>
    public const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<string, int> _sequences = new(StringComparer.Ordinal);

    // Arrival order, which is also expiry order (one window for all): the oldest are forgotten first.
    private readonly ConcurrentQueue<(string Key, DateTimeOffset Until)> _arrivals = new();
    private int _remembered;

    /// <summary>The sequence of the event <paramref name="requestId"/> by <paramref name="actorObjectId"/> produced on the ticket; null if none.</summary>
    public int? Find(string ticketId, string actorObjectId, string requestId) =>
        _sequences.TryGetValue(Key(ticketId, actorObjectId, requestId), out var sequence) ? sequence : null;

    public void Remember(string ticketId, string actorObjectId, string requestId, int sequence)
    {
        var now = clock.GetUtcNow();
        Forget(now);
        var key = Key(ticketId, actorObjectId, requestId);
        // A request read back with its ticket is already remembered: its first arrival still dates it.
        if (_sequences.TryAdd(key, sequence))
        {
            _arrivals.Enqueue((key, now + Window));
            Interlocked.Increment(ref _remembered);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        // A counter of its own: the dictionary's Count takes all of its locks.
        while (_arrivals.TryPeek(out var oldest) && (oldest.Until <= now || Volatile.Read(ref _remembered) > MaxRemembered))
        {
            if (_arrivals.TryDequeue(out oldest))
            {
                Interlocked.Decrement(ref _remembered);
                _sequences.TryRemove(oldest.Key, out _);
            }
        }
    }

    private static string Key(string ticketId, string actorObjectId, string requestId) => $"{ticketId}\n{actorObjectId}\n{requestId}";
}
