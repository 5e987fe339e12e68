using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>What a tier card needs that the ticket does not hold: the people, the threads, the clock and the zone.</summary>
public sealed record TicketCardContext(TicketPermissions Permissions)
{
    /// <summary>Teams allows automatic refresh for at most this many users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>Teams user ids (<c>29:…</c>) of the ticket tier's on-duty members: they get their own buttons by refresh.</summary>
    public IReadOnlyList<string> OnDutyTeamsIds { get; init; } = [];

    /// <summary>Members of the ticket's tier, offered for reassignment (the workflow still decides who qualifies).</summary>
    public IReadOnlyList<Person> TierMembers { get; init; } = [];

    /// <summary>Deep links to the ticket's thread in each tier's channel, where posted.</summary>
    public IReadOnlyDictionary<int, Uri> TierThreads { get; init; } = new Dictionary<int, Uri>();

    /// <summary>The tier whose channel this copy of the card is posted in; null for a copy outside the tier channels.</summary>
    public int? PostedInTier { get; init; }

    /// <summary>The catalog title of <see cref="TicketReport.KnownIssueId"/>, when the catalog knows it.</summary>
    public LocalizedText? KnownIssueTitle { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
