using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>How far the tiers got: the fix (first, once tier 3 found it), the resolution and the latest handoff.</summary>
internal static class TicketCardProgress
{
    public static IEnumerable<CardElement> Build(Ticket ticket, CardStrings text, TimeZoneInfo zone, CardBudget budget)
    {
        if (ticket.RootCause is not null || ticket.Fix is not null)
        {
            yield return Fix(ticket, text, budget);
        }

        if (ticket.Resolution is { } resolution)
        {
            yield return TicketCardReport.Heading(text["Resolution"]);
            yield return new TextBlock(CardText.Escape(resolution, budget.Fix)) { Spacing = Spacing.Small };
        }

        if (ticket.LatestHandoff is { } handoff)
        {
            yield return TicketCardReport.Heading(text.Format("HandoffHeading", handoff.FromTier, handoff.ToTier, CardFormat.Name(handoff.By.Name), CardFormat.Time(handoff.At, zone)));
            yield return new TextBlock(text["HandoffChecked"]) { IsSubtle = true, Spacing = Spacing.Small };
            yield return new TextBlock(CardText.Escape(handoff.Checked, budget.Handoff)) { Spacing = Spacing.None };
            yield return new TextBlock(text["HandoffFound"]) { IsSubtle = true, Spacing = Spacing.Small };
            yield return new TextBlock(CardText.Escape(handoff.Found, budget.Handoff)) { Spacing = Spacing.None };
        }
    }

    // Tiers 1 and 2 act on tier 3's answer, so it stands out; on the "contact the user" task it says so.
    private static Container Fix(Ticket ticket, CardStrings text, CardBudget budget)
    {
        var items = new List<CardElement> { new TextBlock(text["FixHeading"]) { Weight = FontWeight.Bolder } };
        if (ticket.IsContactUserTask)
        {
            items.Add(new TextBlock(text["ContactUserTask"]) { Weight = FontWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.Small });
        }

        if (ticket.RootCause is { } cause)
        {
            items.Add(new TextBlock(text["RootCause"]) { IsSubtle = true, Spacing = Spacing.Small });
            items.Add(new TextBlock(CardText.Escape(cause, budget.Fix)) { Spacing = Spacing.None });
        }

        if (ticket.Fix is { } fix)
        {
            items.Add(new TextBlock(text["Fix"]) { IsSubtle = true, Spacing = Spacing.Small });
            items.Add(new TextBlock(CardText.Escape(fix, budget.Fix)) { Spacing = Spacing.None });
        }

        return new Container(items) { Style = ContainerStyle.Good, Spacing = Spacing.Medium };
    }
}
