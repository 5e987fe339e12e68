namespace IntuneSupportBot.Tickets;

/// <summary>
/// The latest committed version of recently used tickets, so a button press does not read the ticket and its
/// whole history from the database. Only correct while this process is the database's only writer (one instance
/// on a SQLite file) and every ticket write goes through <see cref="TicketStore"/>, which remembers each ticket
/// after its commit. A stale entry could only cost a version conflict, after which the store reads the database.
/// </summary>
public sealed class TicketCache(int entries) : IDisposable
{
    private readonly NewestVersions<Ticket> _tickets = new(entries);

    public Ticket? Find(string id) => _tickets.Find(id)?.Value;

    /// <summary>Keeps <paramref name="ticket"/> unless a newer version is already remembered.</summary>
    public void Remember(Ticket ticket) => _tickets.Remember(ticket.Id, ticket.Version, ticket);

    public void Dispose() => _tickets.Dispose();
}
