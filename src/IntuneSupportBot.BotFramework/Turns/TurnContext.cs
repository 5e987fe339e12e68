using System.Security.Claims;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>Everything one turn needs: the inbound activity, who sent it, and the way to answer.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity, ClaimsIdentity identity)
{
    public BotAdapter Adapter { get; } = adapter;

    public Activity Activity { get; } = activity;

    /// <summary>The authenticated caller (the channel); anonymous in local mode.</summary>
    public ClaimsIdentity Identity { get; } = identity;

    /// <summary>Per-turn values shared by middleware and the bot (loaded state, locale, services).</summary>
    public Dictionary<string, object> TurnState { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by an invoke handler; written to the HTTP response body.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public bool Responded { get; private set; }

    /// <summary>The locale the bot answers in (set by middleware; the activity's locale by default).</summary>
    public string Locale { get; set; } = activity.Locale ?? "en-US";

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken ct) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, ct);

    /// <summary>Sends into this turn's conversation, as a reply to the inbound activity where it has an id.</summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken ct)
    {
        var addressed = outgoing with
        {
            ChannelId = Activity.ChannelId,
            ServiceUrl = Activity.ServiceUrl,
            Conversation = outgoing.Conversation ?? Activity.Conversation,
            From = Activity.Recipient,
            Recipient = outgoing.Recipient ?? Activity.From,
            ReplyToId = outgoing.ReplyToId ?? Activity.Id,
            Locale = outgoing.Locale ?? Locale,
        };
        var response = await Adapter.SendActivityAsync(this, addressed, ct);
        Responded = true;
        return response;
    }

    /// <summary>Replaces a message the bot sent earlier in this conversation (<paramref name="activity"/>.Id).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken ct) =>
        Adapter.UpdateActivityAsync(this, activity with
        {
            ChannelId = Activity.ChannelId,
            ServiceUrl = Activity.ServiceUrl,
            Conversation = activity.Conversation ?? Activity.Conversation,
            From = Activity.Recipient,
        }, ct);

    public Task DeleteActivityAsync(string activityId, CancellationToken ct) =>
        Adapter.DeleteActivityAsync(this, activityId, ct);
}
