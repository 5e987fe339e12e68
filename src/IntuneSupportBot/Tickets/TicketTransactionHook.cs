using IntuneSupportBot.Data;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Runs inside the ticket's write transaction after the change is saved and before it commits, so work added to
/// <paramref name="db"/> (an outbox message) commits or rolls back with the change. Entities it adds are saved by the store.
/// </summary>
public delegate Task TicketTransactionHook(AppDbContext db, Ticket ticket, TicketEvent change, CancellationToken ct);
