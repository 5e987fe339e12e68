namespace IntuneSupportBot.Tickets;

/// <summary>What intake hands over to file a ticket; <see cref="Tier"/> is the routing policy's first tier (1-3).</summary>
public sealed record NewTicket(Requester Requester, TicketReport Report, DeviceFacts Devices, int Tier);
