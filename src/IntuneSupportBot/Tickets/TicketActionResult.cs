namespace IntuneSupportBot.Tickets;

/// <summary>
/// What became of a command: the ticket as it now stands (null only when the id is unknown) and the decision.
/// <see cref="Replayed"/> is true when the same request was applied before: nothing new happened, the earlier
/// event is returned again.
/// </summary>
public sealed record TicketActionResult(Ticket? Ticket, TicketDecision Decision, bool Replayed = false)
{
    public Accepted? Accepted => Decision as Accepted;

    public TicketRefusal? Refusal => (Decision as Refused)?.Refusal;
}
