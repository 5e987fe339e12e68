using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// Who looks at a ticket card. An agent (with tier and lead flag from the directory), the requester or a
/// coordinator is an <see cref="Tickets.Actor"/> whose buttons the workflow decides; anyone else is read-only.
/// </summary>
public sealed record CardViewer
{
    private CardViewer(Actor? actor) => Actor = actor;

    /// <summary>Null for a read-only viewer.</summary>
    public Actor? Actor { get; }

    /// <summary>The base card everyone sees before (or without) a refresh: no buttons.</summary>
    public static CardViewer ReadOnly { get; } = new((Actor?)null);

    public static CardViewer As(Actor actor) => new(actor);

    public static CardViewer Agent(string objectId, string name, int tier, bool isLead = false) => new(Tickets.Actor.Agent(objectId, name, tier, isLead));

    public static CardViewer Requester(Requester requester) => new(Tickets.Actor.ForRequester(requester));

    public static CardViewer Coordinator(string objectId, string name) => new(Tickets.Actor.Coordinator(objectId, name));
}
