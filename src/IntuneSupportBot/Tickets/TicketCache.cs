using Microsoft.Extensions.Caching.Memory;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// The latest committed version of recently used tickets, so a button press does not read the ticket and its
/// whole history from the database. Only correct while this process is the database's only writer (one instance
/// on a SQLite file) and every ticket write goes through <see cref="TicketStore"/>, which remembers each ticket
/// after its commit. A stale entry could only cost a version conflict, after which the store reads the database.
/// </summary>
public sealed class TicketCache(int entries) : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = entries });
    private readonly Lock _newer = new();

    public Ticket? Find(string id) => _cache.TryGetValue(id, out Ticket? ticket) ? ticket : null;

    /// <summary>Keeps <paramref name="ticket"/> unless a newer version is already remembered (two commits may finish out of order).</summary>
    public void Remember(Ticket ticket)
    {
        lock (_newer)
        {
            if (_cache.TryGetValue(ticket.Id, out Ticket? known) && known!.Version >= ticket.Version)
            {
                return;
            }
            _cache.Set(ticket.Id, ticket, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        }
    }

    public void Dispose() => _cache.Dispose();
}
