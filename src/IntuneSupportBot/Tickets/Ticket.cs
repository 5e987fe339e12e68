using System.Collections.Immutable;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// A reported enrollment problem on its way through the tiers. Immutable: <see cref="TicketWorkflow"/> returns the
/// next ticket; <see cref="History"/> only ever grows. <see cref="Version"/> goes up by one with each change.
/// </summary>
public sealed record Ticket
{
    /// <summary>The short human id, e.g. <c>INT-1042</c>.</summary>
    public required string Id { get; init; }

    public required int Number { get; init; }

    public required Requester Requester { get; init; }

    public required TicketReport Report { get; init; }

    public DeviceFacts Devices { get; init; } = DeviceFacts.None;

    /// <summary>The tier whose queue or agent has the ticket (1-3; Microsoft's tier 4 is a state of tier 3).</summary>
    public required int Tier { get; init; }

    public required TicketState State { get; init; }

    public Person? Assignee { get; init; }

    public IReadOnlyList<TicketNote> Notes { get; init; } = [];

    public IReadOnlyList<Handoff> Handoffs { get; init; } = [];

    public string? RootCause { get; init; }

    public string? Fix { get; init; }

    public string? MicrosoftCaseNumber { get; init; }

    public string? Resolution { get; init; }

    /// <summary>The tier that resolved the ticket; a reopened ticket goes back to it.</summary>
    public int? ResolvedTier { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>
    /// Immutable, so a move adds its event in a few new nodes that share the rest with the ticket before it: the card
    /// tries every command on the ticket to find its buttons, and a long history copied for each would cost the most.
    /// </summary>
    public ImmutableList<TicketEvent> History { get; init; } = [];

    public int Version { get; init; } = 1;

    public Handoff? LatestHandoff => Handoffs.Count > 0 ? Handoffs[^1] : null;

    /// <summary>Tier 3's fix is back with tier 1, who contacts the user (queued or claimed).</summary>
    public bool IsContactUserTask => Fix is not null && Tier == 1 && State is TicketState.ContactUser or TicketState.Claimed;

    /// <summary>A new ticket in its first tier's queue, with the filing as its first history event.</summary>
    public static Ticket File(NewTicket filing, string id, int number, DateTimeOffset now)
    {
        if (filing.Tier is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(filing), filing.Tier, "A ticket is filed with tier 1, 2 or 3; Microsoft is reached through tier 3.");
        }
        var filed = new TicketEvent(1, TicketEventKind.Filed, Actor.ForRequester(filing.Requester), now,
            TicketState.New, filing.Tier, TicketState.New, filing.Tier, Assignee: null, Note: null);
        return new Ticket
        {
            Id = id,
            Number = number,
            Requester = filing.Requester,
            Report = filing.Report,
            Devices = filing.Devices,
            Tier = filing.Tier,
            State = TicketState.New,
            CreatedAt = now,
            UpdatedAt = now,
            History = [filed],
        };
    }
}
