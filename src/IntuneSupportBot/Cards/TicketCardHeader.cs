using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>The top of a tier card: id, state badge, tier and holder, urgency, and where the ticket went.</summary>
internal static class TicketCardHeader
{
    public static IEnumerable<CardElement> Build(Ticket ticket, CardStrings text, TicketCardContext context)
    {
        var holder = ticket.Assignee is { } assignee
            ? text.Format("AssignedTo", CardFormat.Name(assignee.Name))
            : text["NotClaimed"];
        List<CardElement> title =
        [
            new TextBlock(text.Format("CardTitle", ticket.Id)) { Weight = FontWeight.Bolder, Size = FontSize.Large },
            new TextBlock($"{CardFormat.Tier(ticket.Tier, text)} · {holder}") { IsSubtle = true, Spacing = Spacing.None },
        ];
        if (ticket.Report.Urgent)
        {
            var reasons = string.Join(", ", ticket.Report.UrgencyReasons.Take(4).Select(reason => CardFormat.Urgency(reason, text)));
            title.Add(new TextBlock($"{text["Urgent"]}: {reasons}") { Color = TextColor.Attention, Weight = FontWeight.Bolder, Spacing = Spacing.Small });
        }

        var badge = new TextBlock(CardFormat.State(ticket.State, text)) { Color = CardFormat.StateColor(ticket.State), Weight = FontWeight.Bolder };
        yield return new ColumnSet(
        [
            new Column(title) { Width = ColumnWidth.Stretch },
            new Column([badge]) { Width = ColumnWidth.Auto },
        ]);

        if (context.PostedInTier is { } posted && posted != ticket.Tier && ticket.State.IsOpen())
        {
            yield return new Container([new TextBlock(text.Format("NowWithTier", ticket.Tier)) { Weight = FontWeight.Bolder }]) { Style = ContainerStyle.Warning };
        }

        var links = context.TierThreads
            .Where(thread => thread.Key != context.PostedInTier && thread.Value.IsAbsoluteUri && thread.Value.Scheme == Uri.UriSchemeHttps)
            .OrderBy(thread => thread.Key)
            .Select(thread => (AdaptiveAction)new OpenUrlAction(thread.Value) { Title = text.Format("OpenTierThread", thread.Key) })
            .ToList();
        if (links.Count > 0)
        {
            yield return new ActionSet(links);
        }
    }
}
