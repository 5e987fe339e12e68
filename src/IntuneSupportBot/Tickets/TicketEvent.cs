namespace IntuneSupportBot.Tickets;

public enum TicketEventKind
{
    Filed,
    Claimed,
    Unassigned,
    Reassigned,
    Escalated,
    SentToMicrosoft,
    BackFromMicrosoft,
    FixRecorded,
    Resolved,
    NoteAdded,
    RequesterAsked,
    RequesterReplied,
    Confirmed,
    Reopened,
    AutoClosed,
}

/// <summary>
/// One line of a ticket's history: who did what, when, from where to where. <see cref="Assignee"/> is who holds
/// the ticket afterwards; <see cref="Note"/> the text the change carried, if any. Sequence numbers start at 1.
/// </summary>
public sealed record TicketEvent(
    int Sequence,
    TicketEventKind Kind,
    Actor By,
    DateTimeOffset At,
    TicketState FromState,
    int FromTier,
    TicketState ToState,
    int ToTier,
    Person? Assignee,
    string? Note);
