namespace IntuneSupportBot.Cards;

/// <summary>
/// How much of a ticket's free text a card shows. A card is built at the first level and, while it exceeds
/// Teams' 28 KB, again at the next; the last level bounds every text so that any ticket fits.
/// </summary>
internal sealed record CardBudget(int Summary, int Handoff, int Fix, int Notes, int NoteLength, int Events, int EventNoteLength)
{
    public static IReadOnlyList<CardBudget> Levels { get; } =
    [
        new(Summary: 1500, Handoff: 800, Fix: 1200, Notes: 5, NoteLength: 400, Events: 15, EventNoteLength: 160),
        new(Summary: 800, Handoff: 400, Fix: 700, Notes: 3, NoteLength: 200, Events: 8, EventNoteLength: 80),
        new(Summary: 300, Handoff: 200, Fix: 400, Notes: 1, NoteLength: 120, Events: 4, EventNoteLength: 0),
        new(Summary: 120, Handoff: 100, Fix: 200, Notes: 0, NoteLength: 0, Events: 0, EventNoteLength: 0),
    ];
}
