namespace IntuneSupportBot.Cards;

/// <summary>
/// The <c>data</c> of the requester card's Action.Submit buttons. <see cref="Ticket"/> holds the verb: a message
/// whose <c>value</c> has it is a ticket action, routed like any other card verb.
/// </summary>
public sealed record RequesterActionData(string Ticket, string TicketId, int? Version = null);
