namespace IntuneSupportBot.Tickets;

/// <summary>
/// The last number handed out. Incremented inside the filing transaction: the row lock serializes filers on
/// every provider, and a rolled-back filing gives its number back.
/// </summary>
public sealed class TicketNumberRow
{
    public const string TicketSequence = "tickets";

    /// <summary>The first ticket is number 1001.</summary>
    public const int Seed = 1000;

    public required string Name { get; set; }

    public int Last { get; set; }
}
