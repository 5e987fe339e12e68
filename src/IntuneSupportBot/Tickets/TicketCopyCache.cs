using IntuneSupportBot.Teams;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// The copies of a ticket's card in Teams as of one version of the ticket, so a button press does not read them from
/// the database. Sound because copies are only added by a move of the ticket itself, in its transaction: the copies
/// known after version N committed stay the copies until N + 1. Like <see cref="TicketCache"/>, only correct while
/// this process is the database's only writer; an entry for another version is never used.
/// </summary>
public sealed class TicketCopyCache(int entries) : IDisposable
{
    private readonly NewestVersions<IReadOnlyList<ItemCopy>> _copies = new(entries);

    public IReadOnlyList<ItemCopy>? Find(string ticketId, int version) =>
        _copies.Find(ticketId) is { } known && known.Version == version ? known.Value : null;

    /// <summary>Keeps the copies of <paramref name="version"/> unless those of a newer one are already remembered.</summary>
    public void Remember(string ticketId, int version, IReadOnlyList<ItemCopy> copies) => _copies.Remember(ticketId, version, copies);

    public void Dispose() => _copies.Dispose();
}
