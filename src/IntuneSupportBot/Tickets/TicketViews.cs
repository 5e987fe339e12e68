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

    // The views as last gathered, given again while the directory and the id book answer as they did then (from their
    // caches, between membership changes): every press asks, and building them again was a twentieth of its garbage.
    private Gathered? _last;

    public async Task<TierViews> PrepareAsync(TeamsPlace place, CancellationToken ct)
    {
        var answers = new TierAnswer[AllTiers.Length];
        for (var i = 0; i < AllTiers.Length; i++)
        {
            var channel = await directory.GetTierChannelAsync(AllTiers[i], ct);
            var members = await directory.GetTierMembersAsync(AllTiers[i], ct);
            var ids = await teamsIds.TeamsIdsAsync(place.ServiceUrl, channel.ChannelId, members.Select(m => m.Id), ct);
            answers[i] = new TierAnswer(channel, members, ids);
        }
        if (Volatile.Read(ref _last) is { } last && last.Place == place && last.Answers.AsSpan().SequenceEqual(answers))
        {
            return last.Views;
        }
        var tiers = new Dictionary<int, TierView>();
        for (var i = 0; i < AllTiers.Length; i++)
        {
            var (channel, members, ids) = answers[i];
            tiers[AllTiers[i]] = new TierView(
                new TeamsChannelAddress(channel.TeamId, channel.ChannelId, place.TenantId, place.ServiceUrl),
                ids,
                [.. members.Select(m => new Person(m.Id, m.DisplayName))]);
        }
        var views = new TierViews(tiers, options.Value.ChannelLanguage);
        Volatile.Write(ref _last, new Gathered(place, answers, views));
        return views;
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

    /// <summary>What the directory and the id book answered for one tier: the same channel, the same member list object, the same ids.</summary>
    private readonly record struct TierAnswer(TierChannel Channel, IReadOnlyList<DirectoryUser> Members, IReadOnlyList<string> Ids)
    {
        public bool Equals(TierAnswer other) =>
            Channel == other.Channel && ReferenceEquals(Members, other.Members) && Ids.SequenceEqual(other.Ids);

        public override int GetHashCode() => Channel.GetHashCode();
    }

    private sealed record Gathered(TeamsPlace Place, TierAnswer[] Answers, TierViews Views);
}

/// <summary>One tier's channel, on-duty Teams ids and members, as gathered for a ticket change.</summary>
public sealed record TierView(TeamsChannelAddress Channel, IReadOnlyList<string> OnDutyTeamsIds, IReadOnlyList<Person> Members);

public sealed record TierViews(IReadOnlyDictionary<int, TierView> Tiers, string Language)
{
    public TierView For(int tier) => Tiers[Math.Clamp(tier, 1, 3)];
}
