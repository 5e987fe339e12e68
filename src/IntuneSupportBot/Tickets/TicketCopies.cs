namespace IntuneSupportBot.Tickets;

/// <summary>
/// Names of a ticket's posted copies: one card per tier channel it reached, one card in the requester's chat,
/// and notices (which are never rewritten).
/// </summary>
public static class TicketCopies
{
    private const string ItemPrefix = "ticket/";

    public static string Item(string ticketId) => ItemPrefix + ticketId;

    public static string Tier(string ticketId, int tier) => $"ticket/{ticketId}/tier{tier}";

    public static string Requester(string ticketId) => $"ticket/{ticketId}/requester";

    public static string Notice(string ticketId, int sequence) => $"ticket/{ticketId}/notice{sequence}";

    /// <summary>The tier of a tier-channel copy key; null for the requester's card and notices.</summary>
    public static int? TierOf(string copyKey) =>
        copyKey.LastIndexOf("/tier", StringComparison.Ordinal) is var at and >= 0
        && int.TryParse(copyKey.AsSpan(at + 5), out var tier) ? tier : null;

    public static bool IsRequesterCard(string copyKey) => copyKey.EndsWith("/requester", StringComparison.Ordinal);

    /// <summary>The requester's card and the tier-channel cards show the ticket; notices are sent once and stay as they are.</summary>
    public static bool ShowsCard(string copyKey) => IsRequesterCard(copyKey) || TierOf(copyKey) is not null;

    /// <summary>The ticket id of an item key made by <see cref="Item"/>; null for other items.</summary>
    public static string? TicketIdOf(string itemKey) =>
        itemKey.StartsWith(ItemPrefix, StringComparison.Ordinal) && itemKey.Length > ItemPrefix.Length && !itemKey.AsSpan(ItemPrefix.Length).Contains('/')
            ? itemKey[ItemPrefix.Length..]
            : null;
}
