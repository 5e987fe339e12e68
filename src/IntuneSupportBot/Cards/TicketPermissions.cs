using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// Asks the workflow whether a command would be accepted now, so a card never offers what the workflow would
/// refuse. Nothing changes.
/// </summary>
public sealed record TicketPermissions(TicketWorkflow Workflow, DateTimeOffset Now)
{
    public bool Allows(Ticket ticket, TicketCommand command, Actor actor) => Workflow.Allows(ticket, command, actor, Now);
}
