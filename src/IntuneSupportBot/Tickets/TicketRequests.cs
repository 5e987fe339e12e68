using Microsoft.Extensions.Caching.Memory;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Which recent client requests (an invoke's activity id) moved which ticket, and the event each produced, so a
/// redelivered request is answered as the first time instead of being applied again. Teams redelivers within
/// seconds, so requests are remembered for <see cref="Window"/>; each event row keeps its request id, and a ticket
/// read from the database brings its recent ones back (after a restart). Held in memory rather than as an indexed
/// table: a unique index on ids in no particular order put one more page at a random place of the file into every
/// commit. Only correct while this process is the database's only writer, like <see cref="TicketCache"/>.
/// </summary>
public sealed class TicketRequests : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Many minutes of a busy tenant's presses. Past it memory does not grow with the rate: new requests are not
    /// remembered until the cache has dropped its least recently used ones, and a redelivery of one of those is
    /// decided again (a second claim is refused as "already claimed" instead of being answered with the card).
    /// </summary>
    private const int MaxRemembered = 100_000;

    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, AbsoluteExpirationRelativeToNow = Window };

    private readonly MemoryCache _requests = new(new MemoryCacheOptions { SizeLimit = MaxRemembered });

    /// <summary>The sequence of the event <paramref name="requestId"/> by <paramref name="actorObjectId"/> produced on the ticket; null if none.</summary>
    public int? Find(string ticketId, string actorObjectId, string requestId) =>
        _requests.TryGetValue(Key(ticketId, actorObjectId, requestId), out int sequence) ? sequence : null;

    public void Remember(string ticketId, string actorObjectId, string requestId, int sequence) =>
        _requests.Set(Key(ticketId, actorObjectId, requestId), sequence, Entry);

    public void Dispose() => _requests.Dispose();

    private static string Key(string ticketId, string actorObjectId, string requestId) => $"{ticketId}\n{actorObjectId}\n{requestId}";
}
