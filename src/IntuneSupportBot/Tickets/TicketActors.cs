using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Graph;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Who is acting on a ticket, as the directory knows them: its requester, an agent of some tier (lead or not), a
/// bridge coordinator — or nobody the support plan knows (null), who may only look.
/// </summary>
public sealed class TicketActors(IDirectory directory)
{
    private static readonly int[] Tiers = [1, 2, 3];

    /// <summary>Far more than a support plan has people; past it the list starts over.</summary>
    private const int MaxKnown = 10_000;

    // Every change a person makes keeps its actor in the ticket's history for good: one object per person (with one
    // copy of their id and name) rather than one per change, each from another activity's JSON.
    private readonly ConcurrentDictionary<Actor, Actor> _known = new();

    public async Task<Actor?> ForAsync(Ticket ticket, ChannelAccount? from, CancellationToken ct)
    {
        if (from?.AadObjectId is not { Length: > 0 } objectId)
        {
            return null;
        }
        var name = from.Name ?? objectId;
        if (string.Equals(objectId, ticket.Requester.ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return Known(Actor.ForRequester(ticket.Requester));
        }
        // The ticket's own tier first, then the others.
        var agent = await AgentAsync(ticket.Tier, objectId, name, ct);
        foreach (var tier in Tiers)
        {
            agent ??= tier == ticket.Tier ? null : await AgentAsync(tier, objectId, name, ct);
        }
        if (agent is not null)
        {
            return Known(agent);
        }
        return await directory.IsBridgeCoordinatorAsync(objectId, ct) ? Known(Actor.Coordinator(objectId, name)) : null;
    }

    private async ValueTask<Actor?> AgentAsync(int tier, string objectId, string name, CancellationToken ct) =>
        await directory.IsTierMemberAsync(tier, objectId, ct)
            ? Actor.Agent(objectId, name, tier, await directory.IsTierLeadAsync(tier, objectId, ct))
            : null;

    private Actor Known(Actor actor)
    {
        if (_known.TryGetValue(actor, out var known))
        {
            return known;
        }
        if (_known.Count >= MaxKnown)
        {
            _known.Clear();
        }
        return _known.GetOrAdd(actor, actor);
    }
}
