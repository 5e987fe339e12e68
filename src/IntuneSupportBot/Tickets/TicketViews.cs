using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Teams;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Gathers what ticket cards need from outside the ticket (each tier's channel, members and their Teams ids) and
/// builds the card for a copy or a viewer. Gathering talks to the directory and Teams, and building takes time,
/// so both run before a ticket transaction and outside the database's write gate.
/// </summary>
public sealed class TicketViews(
    IDirectory directory,
    TeamsIdBook teamsIds,
    TicketWorkflow workflow,
    KnownIssueCatalog catalog,
    TimeProvider clock,
    IOptions<TicketOptions> options)
{
    private static readonly int[] AllTiers = [1, 2, 3];

    public async Task<TierViews> PrepareAsync(TeamsPlace place, CancellationToken ct)
    {
        var tiers = new Dictionary<int, TierView>();
        foreach (var tier in AllTiers)
        {
            var channel = await directory.GetTierChannelAsync(tier, ct);
            var members = await directory.GetTierMembersAsync(tier, ct);
            var ids = await teamsIds.TeamsIdsAsync(place.ServiceUrl, channel.ChannelId, members.Select(m => m.Id), ct);
            tiers[tier] = new TierView(
                new TeamsChannelAddress(channel.TeamId, channel.ChannelId, place.TenantId, place.ServiceUrl),
                ids,
                [.. members.Select(m => new Person(m.Id, m.DisplayName))]);
        }
        return new TierViews(tiers, options.Value.ChannelLanguage);
    }

    /// <summary>The card everyone in a tier channel sees; its refresh gives the ticket's tier members their own buttons.</summary>
    public Attachment ChannelCard(Ticket ticket, int copyTier, TierViews tiers) =>
        AdaptiveCardSerializer.ToAttachment(TicketCard.Build(ticket, CardViewer.ReadOnly, options.Value.ChannelLanguage, Context(ticket, copyTier, tiers)));

    /// <summary>The card one person sees after pressing a button or refreshing.</summary>
    public WrittenCard CardFor(Ticket ticket, CardViewer viewer, string language, int? copyTier, TierViews tiers) =>
        TicketCard.Build(ticket, viewer, language, Context(ticket, copyTier, tiers));

    public Attachment RequesterCard(Ticket ticket) =>
        AdaptiveCardSerializer.ToAttachment(RequesterTicketCard.Build(ticket, ticket.Report.Language, Permissions()));

    private TicketCardContext Context(Ticket ticket, int? copyTier, TierViews tiers)
    {
        var current = tiers.For(ticket.Tier);
        return new TicketCardContext(Permissions())
        {
            OnDutyTeamsIds = ticket.State == TicketState.Closed ? [] : current.OnDutyTeamsIds,
            TierMembers = current.Members,
            PostedInTier = copyTier,
            KnownIssueTitle = ticket.Report.KnownIssueId is { } id ? catalog.Find(id)?.Title : null,
            TimeZone = Zone(),
        };
    }

    private TicketPermissions Permissions() => new(workflow, clock.GetUtcNow());

    private TimeZoneInfo Zone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>One tier's channel, on-duty Teams ids and members, as gathered for a ticket change.</summary>
public sealed record TierView(TeamsChannelAddress Channel, IReadOnlyList<string> OnDutyTeamsIds, IReadOnlyList<Person> Members);

public sealed record TierViews(IReadOnlyDictionary<int, TierView> Tiers, string Language)
{
    public TierView For(int tier) => Tiers[Math.Clamp(tier, 1, 3)];
}
