namespace IntuneSupportBot.Tickets;

/// <summary>One history event; rows are inserted and never updated.</summary>
public sealed class TicketEventRow
{
    public required string TicketId { get; set; }

    public int Sequence { get; set; }

    public TicketEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorObjectId { get; set; }

    public required string ActorName { get; set; }

    public ActorRole ActorRole { get; set; }

    public int ActorTier { get; set; }

    public bool ActorIsLead { get; set; }

    public TicketState FromState { get; set; }

    public int FromTier { get; set; }

    public TicketState ToState { get; set; }

    public int ToTier { get; set; }

    public string? AssigneeObjectId { get; set; }

    public string? AssigneeName { get; set; }

    public string? Note { get; set; }

    /// <summary>The client request (an invoke's activity id) that made the move, so a redelivery is recognized; null for others.</summary>
    public string? RequestId { get; set; }
}
