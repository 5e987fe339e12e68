namespace IntuneSupportBot.Tickets;

public enum ActorRole
{
    Requester,
    Agent,
    Coordinator,
    System,
}

/// <summary>
/// Who asks for a ticket change. Tier membership and leadership come from the directory, looked up by the caller;
/// the workflow only compares them with the ticket.
/// </summary>
public sealed record Actor(string ObjectId, string Name, ActorRole Role, int Tier = 0, bool IsLead = false)
{
    public static Actor System { get; } = new("system", "IntuneSupportBot", ActorRole.System);

    public static Actor Agent(string objectId, string name, int tier, bool isLead = false) => new(objectId, name, ActorRole.Agent, tier, isLead);

    public static Actor ForRequester(Requester requester) => new(requester.ObjectId, requester.DisplayName, ActorRole.Requester);

    public static Actor Coordinator(string objectId, string name) => new(objectId, name, ActorRole.Coordinator);

    public Person AsPerson() => new(ObjectId, Name);

    public bool IsAgentOf(int tier) => Role == ActorRole.Agent && Tier == tier;
}
