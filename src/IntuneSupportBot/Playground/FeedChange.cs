using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>
/// What happened in the feed, as the page's live panes receive it. <paramref name="Sequence"/> rises with every
/// change, so the page can tell a change that happened during a card action from one made after it.
/// </summary>
public sealed record FeedChange(long Sequence, string Kind, string ConversationId, string ActivityId, string? ChannelId, Activity? Activity)
{
    public const string Posted = "posted";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
}

/// <summary>A thread of a channel and its activities, oldest first.</summary>
public sealed record FeedThread(string ChannelId, string ConversationId, IReadOnlyList<Activity> Activities);
