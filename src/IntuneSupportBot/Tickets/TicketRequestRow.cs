namespace IntuneSupportBot.Tickets;

/// <summary>A client request (an invoke's activity id) already applied to a ticket, and the event it produced.</summary>
public sealed class TicketRequestRow
{
    public required string TicketId { get; set; }

    public TicketCommandKind CommandKind { get; set; }

    public required string ActorObjectId { get; set; }

    public required string RequestId { get; set; }

    public int EventSequence { get; set; }
}
