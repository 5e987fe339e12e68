namespace IntuneSupportBot.Tickets;

/// <summary>The workflow's answer to a command: the next ticket and its history event, or a refusal.</summary>
public abstract record TicketDecision;

/// <summary><see cref="Event"/> is the last entry of <c>Next.History</c>: what changed, for cards and notices.</summary>
public sealed record Accepted(Ticket Next, TicketEvent Event) : TicketDecision;

public sealed record Refused(TicketRefusal Refusal) : TicketDecision;
