using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>A channel as its pane shows it: tier channels first, then any other channel the bot posted to.</summary>
public sealed record ChannelView(int? Tier, string ChannelId, string Name, IReadOnlyList<ThreadView> Threads)
{
    public static IReadOnlyList<ChannelView> From(IdentityList identities, IReadOnlyList<FeedThread> threads)
    {
        var byChannel = threads.ToLookup(thread => thread.ChannelId, StringComparer.Ordinal);
        var tiers = identities.Tiers.Select(tier => new ChannelView(tier.Tier, tier.ChannelId, tier.ChannelName, ToThreads(byChannel[tier.ChannelId])));
        var known = identities.Tiers.Select(tier => tier.ChannelId).ToHashSet(StringComparer.Ordinal);
        var others = byChannel.Where(group => !known.Contains(group.Key)).Select(group => new ChannelView(null, group.Key, group.Key, ToThreads(group)));
        return [.. tiers, .. others];
    }

    private static IReadOnlyList<ThreadView> ToThreads(IEnumerable<FeedThread> threads) =>
        [.. threads.Select(thread => new ThreadView(thread.ConversationId, thread.Activities))];
}

public sealed record ThreadView(string ConversationId, IReadOnlyList<Activity> Activities);
