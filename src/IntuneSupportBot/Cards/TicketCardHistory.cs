using System.Globalization;
using System.Runtime.CompilerServices;
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
            yield return new TextBlock(Lines(ticket.History, text, zone, budget)) { Size = FontSize.Small, Spacing = Spacing.Small };
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

    private static readonly string[] EventNames = [.. Enum.GetValues<TicketEventKind>().Select(kind => $"Event_{kind}")];

    /// <summary>
    /// The newest events, one paragraph each, written into one buffer on the stack (grown from the array pool): a card
    /// is built for every press and refresh, and a string per line and per part of it was a fifth of what it allocated.
    /// </summary>
    private static string Lines(IReadOnlyList<TicketEvent> history, CardStrings text, TimeZoneInfo zone, CardBudget budget)
    {
        var lines = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[1024]);
        var first = true;
        foreach (var happened in Newest(history, budget.Events))
        {
            if (!first)
            {
                lines.AppendLiteral("\n\n");
            }
            first = false;
            AppendLine(ref lines, happened, text, zone, budget);
        }
        return lines.ToStringAndClear();
    }

    // A note's text is escaped, so it cannot start a list or heading of its own.
    private static void AppendLine(ref DefaultInterpolatedStringHandler line, TicketEvent happened, CardStrings text, TimeZoneInfo zone, CardBudget budget)
    {
        line.AppendFormatted(TimeZoneInfo.ConvertTime(happened.At, zone), CardFormat.ShortTimeFormat);
        line.AppendLiteral(" · ");
        line.AppendFormatted(CardFormat.Name(happened.By.Name));
        line.AppendLiteral(" · ");
        line.AppendFormatted(text[EventNames[(int)happened.Kind]]);
        if (happened.FromTier != happened.ToTier)
        {
            line.AppendLiteral(" (");
            line.AppendFormatted(text.Format("TierMove", happened.FromTier, happened.ToTier));
            line.AppendLiteral(")");
        }

        if (budget.EventNoteLength > 0 && happened.Note is { Length: > 0 } note)
        {
            line.AppendLiteral(": ");
            line.AppendFormatted(CardText.Escape(note.ReplaceLineEndings(" "), budget.EventNoteLength));
        }
    }
}
