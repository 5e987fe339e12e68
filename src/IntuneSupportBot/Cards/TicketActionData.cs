namespace IntuneSupportBot.Cards;

/// <summary>
/// The <c>data</c> of every tier-card action: which ticket, and the version the card showed, so a click on a
/// stale card can be told apart from one on the current card.
/// </summary>
public sealed record TicketActionData(string TicketId, int? Version = null);
