using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The ticket's card in the tier channels: a pure function of the ticket, who looks, the language and the
/// context. The posted copy is built for <see cref="CardViewer.ReadOnly"/>; its refresh makes Teams ask again
/// (<see cref="TicketVerbs.View"/>) for each on-duty member, who then sees the buttons the workflow allows them.
/// Every text a person typed is escaped, so it shows as typed and creates no element, link, mention or action.
/// </summary>
public static class TicketCard
{
    /// <summary>The card at the first <see cref="CardBudget"/> level whose JSON fits a channel post, with that JSON.</summary>
    public static WrittenCard Build(Ticket ticket, CardViewer viewer, string language, TicketCardContext context)
    {
        var text = CardStrings.For(language);
        var actions = TicketCardActions.For(ticket, viewer, text, context);
        var requester = Mention.For(ticket.Requester.ObjectId, ticket.Requester.DisplayName);
        WrittenCard card = null!;
        foreach (var budget in CardBudget.Levels)
        {
            card = AdaptiveCardSerializer.Write(Compose(ticket, text, context, actions, requester, budget));
            if (card.FitsChannelPost)
            {
                break;
            }
        }

        return card;
    }

    private static AdaptiveCard Compose(Ticket ticket, CardStrings text, TicketCardContext context, IReadOnlyList<AdaptiveAction> actions, Mention requester, CardBudget budget) => new()
    {
        FallbackText = text.Format("FallbackText", ticket.Id, CardFormat.State(ticket.State, text)),
        Refresh = Refresh(ticket, context),
        Body =
        [
            .. TicketCardHeader.Build(ticket, text, context),
            .. TicketCardProgress.Build(ticket, text, context.TimeZone, budget),
            .. TicketCardReport.Build(ticket, text, context, budget, requester),
            .. TicketCardDevices.Build(ticket.Devices, text, context.TimeZone),
            .. TicketCardHistory.Build(ticket, text, context.TimeZone, budget),
        ],
        Actions = Buttons(actions, text),
        MsTeams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth, Entities = [requester.Entity] },
    };

    /// <summary>Teams shows at most six buttons on a card and drops the rest, so beyond six the last ones go under "More".</summary>
    private static IReadOnlyList<AdaptiveAction>? Buttons(IReadOnlyList<AdaptiveAction> actions, CardStrings text) =>
        actions.Count == 0 ? null
        : actions.Count <= MaxButtons ? actions
        : [.. actions.Take(MaxButtons - 1), new ShowCardAction(new AdaptiveCard { Actions = [.. actions.Skip(MaxButtons - 1)] }) { Title = text["MoreActions"] }];

    private const int MaxButtons = 6;

    /// <summary>A closed ticket offers nobody anything, so its card stops asking for refreshes.</summary>
    private static CardRefresh? Refresh(Ticket ticket, TicketCardContext context)
    {
        if (ticket.State == TicketState.Closed)
        {
            return null;
        }

        var view = new ExecuteAction(TicketVerbs.View) { Data = CardData.From(TicketCardActions.Data(ticket), CardJsonContext.Default.TicketActionData) };
        var userIds = context.OnDutyTeamsIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Take(TicketCardContext.MaxRefreshUsers).ToList();
        return new CardRefresh(view, userIds);
    }
}
