namespace IntuneSupportBot.Tickets;

/// <summary>
/// Where a ticket stands in the support plan. Queue states wait for someone of <see cref="Ticket.Tier"/> to claim
/// them; held states have an assignee; the last two are done.
/// </summary>
public enum TicketState
{
    /// <summary>Filed by intake, in its first tier's queue.</summary>
    New,

    /// <summary>An agent of the ticket's tier holds it.</summary>
    Claimed,

    /// <summary>Handed up with a handoff note, in the next tier's queue.</summary>
    Escalated,

    /// <summary>Tier 3 opened a Microsoft case (tier 4); tier 3 keeps the ticket and its assignee.</summary>
    WaitingOnMicrosoft,

    /// <summary>Tier 3 found the root cause and fix; tier 1's task is to contact the user with it.</summary>
    ContactUser,

    /// <summary>Solved; waits for the requester's confirmation or the quiet period.</summary>
    Resolved,

    Closed,

    /// <summary>The requester said it is not fixed; back in the queue of the tier that resolved it.</summary>
    Reopened,
}

public static class TicketStates
{
    /// <summary>States in which the ticket waits, unassigned, for its tier to claim it.</summary>
    public static bool IsQueued(this TicketState state) =>
        state is TicketState.New or TicketState.Escalated or TicketState.ContactUser or TicketState.Reopened;

    public static bool IsHeld(this TicketState state) => state is TicketState.Claimed or TicketState.WaitingOnMicrosoft;

    /// <summary>Everything but closed: a resolved ticket still waits for the requester's word.</summary>
    public static bool IsOpen(this TicketState state) => state != TicketState.Closed;
}
