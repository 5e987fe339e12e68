namespace IntuneSupportBot.Tickets;

public enum TicketNoteKind
{
    Agent,
    QuestionToRequester,
    RequesterReply,
    MicrosoftUpdate,
}

/// <summary>Free text added to a ticket: an agent's note, a question to the requester and its answer, Microsoft's reply.</summary>
public sealed record TicketNote(TicketNoteKind Kind, Person Author, DateTimeOffset At, string Text);
