namespace IntuneSupportBot.Tickets;

internal static partial class TicketStoreLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Ticket {TicketId} filed at tier {Tier}")]
    public static partial void Filed(ILogger logger, string ticketId, int tier);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Ticket {TicketId} changed while {Command} was saved (attempt {Attempt}); deciding again")]
    public static partial void Conflict(ILogger logger, string ticketId, TicketCommandKind command, int attempt);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Ticket {TicketId}: {Command} with a request id already applied; answering with the earlier event")]
    public static partial void Replayed(ILogger logger, string ticketId, TicketCommandKind command);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Ticket {TicketId}: {Command} gave up after {Attempts} conflicting attempts")]
    public static partial void GaveUp(ILogger logger, string ticketId, TicketCommandKind command, int attempts);
}
