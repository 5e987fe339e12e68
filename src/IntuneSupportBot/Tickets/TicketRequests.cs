using IntuneSupportBot.BotFramework.Turns;

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

    private readonly RecentArrivals<int> _sequences = new(Window, MaxRemembered);

    /// <summary>The sequence of the event <paramref name="requestId"/> by <paramref name="actorObjectId"/> produced on the ticket; null if none.</summary>
    public int? Find(string ticketId, string actorObjectId, string requestId) =>
        _sequences.TryGetValue(Key(ticketId, actorObjectId, requestId), out var sequence) ? sequence : null;

    /// <remarks>A request read back with its ticket is already remembered: its first arrival still dates it.</remarks>
    public void Remember(string ticketId, string actorObjectId, string requestId, int sequence) =>
        _sequences.GetOrAdd(Key(ticketId, actorObjectId, requestId), sequence, clock.GetUtcNow(), out _);

    private static ArrivalKey Key(string ticketId, string actorObjectId, string requestId) => ArrivalKey.Of(ticketId, actorObjectId, requestId);
}
