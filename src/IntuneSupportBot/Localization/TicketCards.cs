namespace IntuneSupportBot.Localization;

/// <summary>Marker for the ticket cards' strings in TicketCards.resx (English) and TicketCards.ko.resx (Korean).</summary>
public sealed class TicketCards;
