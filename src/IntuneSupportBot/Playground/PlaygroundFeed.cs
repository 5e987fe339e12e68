using System.Globalization;
using System.Threading.Channels;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>
/// Everything said in the playground, in memory: the requesters' 1:1 chats and the channel threads the bot posts,
/// with Teams-like ids. Listeners (the page's live panes) hear every post, update and delete.
/// </summary>
public sealed class PlaygroundFeed(TimeProvider clock)
{
    private const string ThreadMarker = ";messageid=";
    private const int ListenerBacklog = 256;

    private readonly Lock gate = new();
    private readonly Dictionary<string, FeedConversation> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> personalByRequester = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Channel<FeedChange>> listeners = [];
    private long lastActivityId;
    private long sequence;

    /// <summary>The sequence number of the latest change.</summary>
    public long Sequence
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    /// <summary>The requester's 1:1 chat, created on first use; one per requester, as in Teams.</summary>
    public (string ConversationId, bool Created) OpenPersonal(string requesterId)
    {
        lock (gate)
        {
            if (personalByRequester.TryGetValue(requesterId, out var existing))
            {
                return (existing, false);
            }
            var id = "a:" + Guid.NewGuid().ToString("N");
            personalByRequester[requesterId] = id;
            conversations[id] = new FeedConversation(id, channelId: null, requesterId);
            return (id, true);
        }
    }

    /// <summary>The requester a 1:1 chat is with; null when the conversation is not a known 1:1 chat.</summary>
    public string? RequesterOf(string conversationId)
    {
        lock (gate)
        {
            return conversations.GetValueOrDefault(conversationId)?.RequesterId;
        }
    }

    /// <summary>The channel of a thread; null for a 1:1 chat or an unknown conversation.</summary>
    public string? ChannelOf(string conversationId)
    {
        lock (gate)
        {
            return conversations.GetValueOrDefault(conversationId)?.ChannelId;
        }
    }

    /// <summary>Starts a thread in a channel with its first post: the thread is <c>{channel};messageid={post id}</c>.</summary>
    public ConversationResourceResponse StartThread(string channelId, Activity root)
    {
        lock (gate)
        {
            var activityId = NextActivityId();
            var thread = new FeedConversation(channelId + ThreadMarker + activityId, channelId, requesterId: null);
            conversations[thread.Id] = thread;
            Append(thread, root, activityId);
            return new ConversationResourceResponse(thread.Id, activityId);
        }
    }

    /// <summary>
    /// Adds an activity to a conversation; posting to a channel itself starts a thread, as in Teams.
    /// Null when there is no such conversation.
    /// </summary>
    public string? Post(string conversationId, Activity activity)
    {
        lock (gate)
        {
            if (conversations.TryGetValue(conversationId, out var conversation))
            {
                var activityId = NextActivityId();
                Append(conversation, activity, activityId);
                return activityId;
            }
        }
        return IsChannel(conversationId) ? StartThread(conversationId, activity).ActivityId : null;
    }

    /// <summary>Replaces an activity in place (same id, same place); false when it does not exist.</summary>
    public bool Update(string conversationId, string activityId, Activity activity)
    {
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var conversation) || conversation.Find(activityId) is not { } previous)
            {
                return false;
            }
            var replacement = activity with
            {
                Id = activityId,
                Timestamp = previous.Timestamp,
                Conversation = previous.Conversation,
                ReplyToId = activity.ReplyToId ?? previous.ReplyToId,
            };
            conversation.Set(replacement);
            Publish(Change(FeedChange.Updated, conversationId, activityId, conversation.ChannelId, replacement));
            return true;
        }
    }

    public bool Delete(string conversationId, string activityId)
    {
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var conversation) || !conversation.Remove(activityId))
            {
                return false;
            }
            Publish(Change(FeedChange.Deleted, conversationId, activityId, conversation.ChannelId, null));
            return true;
        }
    }

    /// <summary>Activities at or after a watermark and the watermark to ask with next; null for an unknown conversation.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark)? Read(string conversationId, int watermark)
    {
        lock (gate)
        {
            return conversations.TryGetValue(conversationId, out var conversation)
                ? (conversation.Since(watermark), conversation.Watermark)
                : null;
        }
    }

    /// <summary>Every channel thread with its current activities, newest thread last.</summary>
    public IReadOnlyList<FeedThread> Threads()
    {
        lock (gate)
        {
            return [.. conversations.Values
                .Where(conversation => conversation.ChannelId is not null)
                .Select(conversation => new FeedThread(conversation.ChannelId!, conversation.Id, conversation.Activities))];
        }
    }

    /// <summary>Changes from now on; a listener that falls far behind loses its oldest changes, never blocks the bot.</summary>
    public FeedSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<FeedChange>(new BoundedChannelOptions(ListenerBacklog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            listeners.Add(channel);
        }
        return new FeedSubscription(channel.Reader, () =>
        {
            lock (gate)
            {
                listeners.Remove(channel);
            }
        });
    }

    private void Append(FeedConversation conversation, Activity activity, string activityId)
    {
        var stored = activity with
        {
            Id = activityId,
            Timestamp = clock.GetUtcNow(),
            Conversation = new ConversationAccount { Id = conversation.Id },
        };
        conversation.Add(stored);
        Publish(Change(FeedChange.Posted, conversation.Id, activityId, conversation.ChannelId, stored));
    }

    private FeedChange Change(string kind, string conversationId, string activityId, string? channelId, Activity? activity) =>
        new(++sequence, kind, conversationId, activityId, channelId, activity);

    private void Publish(FeedChange change)
    {
        foreach (var listener in listeners)
        {
            listener.Writer.TryWrite(change);
        }
    }

    // Teams message ids are epoch milliseconds; two posts in the same millisecond still get distinct, rising ids.
    private string NextActivityId()
    {
        lastActivityId = Math.Max(clock.GetUtcNow().ToUnixTimeMilliseconds(), lastActivityId + 1);
        return lastActivityId.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsChannel(string conversationId) =>
        conversationId.StartsWith("19:", StringComparison.Ordinal) && !conversationId.Contains(ThreadMarker, StringComparison.Ordinal);
}

/// <summary>A listener's view of the feed; dispose it to stop listening.</summary>
public sealed class FeedSubscription(ChannelReader<FeedChange> changes, Action unsubscribe) : IDisposable
{
    public ChannelReader<FeedChange> Changes { get; } = changes;

    public void Dispose() => unsubscribe();
}
