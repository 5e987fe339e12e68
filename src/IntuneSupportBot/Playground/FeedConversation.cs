using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>
/// One conversation of the playground: a requester's 1:1 chat or a thread in a channel. It keeps the current
/// version of each activity in order, and a log of every version for Direct Line's watermark.
/// Not thread-safe: <see cref="PlaygroundFeed"/> guards it.
/// </summary>
internal sealed class FeedConversation(string id, string? channelId, string? requesterId)
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, Activity> current = new(StringComparer.Ordinal);
    private readonly List<Activity> log = [];

    public string Id { get; } = id;

    /// <summary>The channel a thread belongs to; null for a 1:1 chat.</summary>
    public string? ChannelId { get; } = channelId;

    /// <summary>The object id of the requester a 1:1 chat is with.</summary>
    public string? RequesterId { get; } = requesterId;

    public IReadOnlyList<Activity> Activities => [.. order.Select(id => current[id])];

    public int Watermark => log.Count;

    public Activity? Find(string activityId) => current.GetValueOrDefault(activityId);

    public void Add(Activity activity)
    {
        order.Add(activity.Id!);
        Set(activity);
    }

    public void Set(Activity activity)
    {
        current[activity.Id!] = activity;
        log.Add(activity);
    }

    public bool Remove(string activityId)
    {
        order.Remove(activityId);
        return current.Remove(activityId);
    }

    /// <summary>Every version logged at or after the watermark; an update is logged again, so a poller sees it.</summary>
    public IReadOnlyList<Activity> Since(int watermark) => [.. log.Skip(Math.Clamp(watermark, 0, log.Count)).Where(activity => current.ContainsKey(activity.Id!))];
}
