using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Graph;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Who is acting on a ticket, as the directory knows them: its requester, an agent of some tier (lead or not), a
/// bridge coordinator — or nobody the support plan knows (null), who may only look.
/// </summary>
public sealed class TicketActors(IDirectory directory)
{
    public async Task<Actor?> ForAsync(Ticket ticket, ChannelAccount? from, CancellationToken ct)
    {
        if (from?.AadObjectId is not { Length: > 0 } objectId)
        {
            return null;
        }
        var name = from.Name ?? objectId;
        if (string.Equals(objectId, ticket.Requester.ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return Actor.ForRequester(ticket.Requester);
        }
        foreach (var tier in new[] { ticket.Tier, 1, 2, 3 }.Distinct())
        {
            if (await directory.IsTierMemberAsync(tier, objectId, ct))
            {
                return Actor.Agent(objectId, name, tier, await directory.IsTierLeadAsync(tier, objectId, ct));
            }
        }
        return await directory.IsBridgeCoordinatorAsync(objectId, ct) ? Actor.Coordinator(objectId, name) : null;
    }
}
