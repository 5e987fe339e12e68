using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>The latest notes and history events, newest first, as many as the budget allows.</summary>
internal static class TicketCardHistory
{
    public static IEnumerable<CardElement> Build(Ticket ticket, CardStrings text, TimeZoneInfo zone, CardBudget budget)
    {
        if (budget.Notes > 0 && ticket.Notes.Count > 0)
        {
            yield return TicketCardReport.Heading(text["NotesHeading"]);
            foreach (var note in Newest(ticket.Notes, budget.Notes))
            {
                yield return new TextBlock(text.Format($"Note_{note.Kind}", CardFormat.Name(note.Author.Name), CardFormat.ShortTime(note.At, zone))) { IsSubtle = true, Spacing = Spacing.Small };
                yield return new TextBlock(CardText.Escape(note.Text, budget.NoteLength)) { Spacing = Spacing.None };
            }

            if (ticket.Notes.Count > budget.Notes)
            {
                yield return new TextBlock(text.Format("MoreNotes", ticket.Notes.Count - budget.Notes)) { IsSubtle = true, Size = FontSize.Small };
            }
        }

        if (budget.Events > 0)
        {
            yield return TicketCardReport.Heading(text["HistoryHeading"]);
            var lines = Newest(ticket.History, budget.Events).Select(e => Line(e, text, zone, budget));
            yield return new TextBlock(string.Join("\n\n", lines)) { Size = FontSize.Small, Spacing = Spacing.Small };
            if (ticket.History.Count > budget.Events)
            {
                yield return new TextBlock(text.Format("MoreHistory", ticket.History.Count - budget.Events)) { IsSubtle = true, Size = FontSize.Small };
            }
        }
    }

    /// <summary>The last <paramref name="count"/> entries, newest first, without copying the whole list to reverse it.</summary>
    private static IEnumerable<T> Newest<T>(IReadOnlyList<T> list, int count)
    {
        for (var i = list.Count - 1; i >= Math.Max(0, list.Count - count); i--)
        {
            yield return list[i];
        }
    }

    // One paragraph per event; a note's text is escaped, so it cannot start a list or heading of its own.
    private static string Line(TicketEvent happened, CardStrings text, TimeZoneInfo zone, CardBudget budget)
    {
        var line = $"{CardFormat.ShortTime(happened.At, zone)} · {CardFormat.Name(happened.By.Name)} · {text[$"Event_{happened.Kind}"]}";
        if (happened.FromTier != happened.ToTier)
        {
            line += $" ({text.Format("TierMove", happened.FromTier, happened.ToTier)})";
        }

        if (budget.EventNoteLength > 0 && happened.Note is { Length: > 0 } note)
        {
            line += $": {CardText.Escape(note.ReplaceLineEndings(" "), budget.EventNoteLength)}";
        }

        return line;
    }
}
