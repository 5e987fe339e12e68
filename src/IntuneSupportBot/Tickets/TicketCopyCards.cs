using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Teams;

namespace IntuneSupportBot.Tickets;

/// <summary>The card a posted copy of a ticket shows now: the requester's card, or the card in a tier's channel.</summary>
public sealed class TicketCopyCards(TicketStore store, TicketViews views) : ICopyCards
{
    public async Task<Attachment?> CurrentCardAsync(CardCopy copy, CancellationToken ct)
    {
        if (TicketCopies.TicketIdOf(copy.ItemKey) is not { } id || await store.FindAsync(id, ct) is not { } ticket)
        {
            return null;
        }
        if (TicketCopies.IsRequesterCard(copy.CopyKey))
        {
            return views.RequesterCard(ticket);
        }
        if (TicketCopies.TierOf(copy.CopyKey) is not { } tier)
        {
            return null;
        }
        // The copy was posted through the same tenant's service URL its ticket's channels are reached by.
        var tiers = await views.PrepareAsync(new TeamsPlace(copy.ServiceUrl, copy.TenantId ?? ""), ct);
        return views.ChannelCard(ticket, tier, tiers);
    }
}
