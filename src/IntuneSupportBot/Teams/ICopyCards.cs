using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Teams;

/// <summary>Draws the card a posted copy should show now; the outbox asks when it sends a <see cref="OutboxMessageKind.RefreshCopy"/>.</summary>
public interface ICopyCards
{
    /// <summary>Null when the copy's item is unknown here, or the copy is not one that shows a card.</summary>
    Task<Attachment?> CurrentCardAsync(CardCopy copy, CancellationToken ct);
}
