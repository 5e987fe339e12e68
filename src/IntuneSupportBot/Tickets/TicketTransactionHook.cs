using IntuneSupportBot.Data;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Runs inside the ticket's write transaction before it commits, so work added to <paramref name="db"/> (an outbox
/// message) commits or rolls back with the change. The ticket row and its history event are written by then (the
/// version check has passed); what the hook adds is saved after it returns.
/// </summary>
public delegate Task TicketTransactionHook(AppDbContext db, Ticket ticket, TicketEvent change, CancellationToken ct);

/// <summary>
/// Called once a change is decided and before the write gate is entered, with the ticket as it will be: does the
/// slow work (building a card, reading what the write will need) outside the gate every writer queues at, and
/// returns the hook that writes the result inside the transaction. Called again if the change has to be decided again.
/// </summary>
public delegate Task<TicketTransactionHook> TicketHookPreparer(Ticket next, TicketEvent change, CancellationToken ct);
