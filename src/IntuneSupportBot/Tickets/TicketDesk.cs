using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Teams;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Files tickets and applies agents' and requesters' actions, and in the same transaction queues everything Teams
/// must show for the change: the card in the tier's channel, the next tier's thread on escalation, every posted copy
/// updated in place, the fix in the tier 2 and tier 1 threads, and the requester's card and notices.
/// </summary>
public sealed class TicketDesk(TicketStore store, TeamsMessenger messenger, TicketViews views, UrgentTicketAlert urgentAlert, TicketCopyCache copyCache)
{
    public async Task<Ticket> FileAsync(NewTicket filing, TeamsUserAddress requester, TeamsPlace place, CancellationToken ct)
    {
        var tiers = await views.PrepareAsync(place, ct);
        var filed = await store.FileAsync(filing, async (db, ticket, change, token) =>
        {
            await PostToTierAsync(db, ticket, ticket.Tier, tiers, views.ChannelCard(ticket, ticket.Tier, tiers), token);
            await messenger.NotifyUserAsync(db, TicketCopies.Item(ticket.Id), TicketCopies.Requester(ticket.Id), requester,
                TeamsMessenger.CardActivity(views.RequesterCard(ticket)), token);
        }, ct);
        if (filed.Report.Urgent)
        {
            await urgentAlert.AlertAsync(filed, tiers.For(filed.Tier), ct);
        }
        return filed;
    }

    /// <param name="loaded">The ticket as just read by the caller (read again only if it changed meanwhile).</param>
    /// <param name="tiers">Gathered with <see cref="TicketViews.PrepareAsync"/> before the call (it talks to the directory).</param>
    public async Task<TicketActionResult> ApplyAsync(Ticket loaded, TicketCommand command, Actor actor, string? requestId,
        TeamsUserAddress requester, TierViews tiers, CancellationToken ct)
    {
        var item = TicketCopies.Item(loaded.Id);
        IReadOnlyList<ItemCopy>? shownAfter = null;
        var result = await store.ApplyAsync(loaded.Id, loaded, command, actor, requestId, async (ticket, change, token) =>
        {
            // Only an escalation posts a card with the change; the other copies draw theirs when their refresh is sent.
            var newThread = change.ToTier != change.FromTier ? views.ChannelCard(ticket, change.ToTier, tiers) : null;
            var copies = copyCache.Find(ticket.Id, ticket.Version - 1) ?? await messenger.CopiesOfAsync(item, token);
            return async (db, _, _, inTransaction) =>
            {
                if (newThread is not null)
                {
                    await PostToTierAsync(db, ticket, change.ToTier, tiers, newThread, inTransaction);
                }
                shownAfter = await messenger.RefreshCopiesAsync(db, item, copies, TicketCopies.ShowsCard, $"v{ticket.Version}", inTransaction);
                switch (change.Kind)
                {
                    case TicketEventKind.FixRecorded:
                        foreach (var tier in TiersReached(ticket).Where(tier => tier < 3))
                        {
                            await messenger.PostToThreadOfAsync(db, item, TicketCopies.Tier(ticket.Id, tier),
                                Text(TicketNotices.FixFound(ticket, tiers.Language)), $"fix{change.Sequence}", inTransaction);
                        }
                        break;
                    case TicketEventKind.RequesterAsked:
                        await NotifyAsync(db, ticket, change, requester, TicketNotices.Question(ticket, change.Note ?? "", ticket.Report.Language), inTransaction);
                        break;
                    case TicketEventKind.Resolved:
                        await NotifyAsync(db, ticket, change, requester, TicketNotices.Resolved(ticket, ticket.Report.Language), inTransaction);
                        break;
                }
            };
        }, ct);
        // The hook runs only in the attempt that commits, so these are the copies of the version just written.
        if (result is { Accepted: not null, Replayed: false, Ticket: { } moved } && shownAfter is not null)
        {
            copyCache.Remember(moved.Id, moved.Version, shownAfter);
        }
        return result;
    }

    /// <summary>Puts a requester context read after filing on the ticket, and on every posted copy of its card.</summary>
    public async Task<Ticket?> RefreshDevicesAsync(string ticketId, DeviceFacts devices, CancellationToken ct) =>
        await store.SetDevicesAsync(ticketId, devices, async (db, ticket) =>
            await messenger.RefreshAllCopiesAsync(db, TicketCopies.Item(ticket.Id), TicketCopies.ShowsCard, $"v{ticket.Version}", ct), ct);

    private async Task PostToTierAsync(Data.AppDbContext db, Ticket ticket, int tier, TierViews tiers, Attachment card, CancellationToken ct) =>
        await messenger.PostCardToChannelAsync(db, TicketCopies.Item(ticket.Id), TicketCopies.Tier(ticket.Id, tier), tiers.For(tier).Channel,
            card, $"{ticket.Id}: {ticket.Report.Summary}", alert: ticket.Report.Urgent, ct);

    private Task NotifyAsync(Data.AppDbContext db, Ticket ticket, TicketEvent change, TeamsUserAddress requester, string text, CancellationToken ct) =>
        messenger.NotifyUserAsync(db, TicketCopies.Item(ticket.Id), TicketCopies.Notice(ticket.Id, change.Sequence), requester, Text(text), ct);

    /// <summary>Every tier whose channel has a copy of the ticket: where it was filed and every tier it moved to.</summary>
    private static IEnumerable<int> TiersReached(Ticket ticket) =>
        ticket.History.SelectMany(e => new[] { e.FromTier, e.ToTier }).Where(tier => tier is >= 1 and <= 3).Distinct();

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
