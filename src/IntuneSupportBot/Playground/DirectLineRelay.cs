using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Graph;

namespace IntuneSupportBot.Playground;

/// <summary>
/// Turns what Web Chat sends into what Teams would send the bot in a 1:1 chat: the requester's ids from the
/// directory, the bot as recipient, the personal conversation, the host's connector as serviceUrl. The user's own
/// activity goes into the feed first (Web Chat waits for that echo), then the bot gets it through
/// <c>/api/messages</c>.
/// </summary>
public sealed partial class DirectLineRelay(
    PlaygroundFeed feed,
    PlaygroundDirectory directory,
    PlaygroundChannel channel,
    TimeProvider clock,
    ILogger<DirectLineRelay> logger)
{
    /// <summary>The requester's 1:1 chat; a new one starts as a Teams install does, with the bot and the user added.</summary>
    public async Task<string> OpenAsync(LocalUser requester, CancellationToken ct)
    {
        var (conversationId, created) = feed.OpenPersonal(requester.Id);
        if (created)
        {
            var installed = Inbound(requester, conversationId, locale: requester.PreferredLanguage) with
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = "f:" + Guid.NewGuid().ToString("N"),
                MembersAdded = [PlaygroundDirectory.Bot with { Role = null }, PlaygroundDirectory.Account(requester)],
            };
            var answer = await channel.SendAsync(installed, ct);
            if (!answer.Succeeded)
            {
                LogBotRefused(logger, ActivityTypes.ConversationUpdate, (int)answer.Status);
            }
        }
        return conversationId;
    }

    /// <summary>Echoes the user's activity into the feed and hands it to the bot; the id is the feed's.</summary>
    public async Task<(string Id, BotAnswer? Answer)> PostAsync(DirectLineGrant grant, Activity fromClient, CancellationToken ct)
    {
        var requester = directory.Find(grant.RequesterId)
            ?? throw new InvalidOperationException("The token's requester has left the directory.");
        string? id = null;
        if (fromClient.Type != ActivityTypes.Typing)
        {
            var echo = fromClient with { From = (fromClient.From ?? PlaygroundDirectory.Account(requester)) with { Role = "user" } };
            id = feed.Post(grant.ConversationId, echo)
                ?? throw new InvalidOperationException("The token's conversation is gone.");
        }
        id ??= "typing-" + Guid.NewGuid().ToString("N");

        var toBot = Inbound(requester, grant.ConversationId, fromClient.Locale ?? requester.PreferredLanguage) with
        {
            Type = fromClient.Type,
            Id = id,
            Timestamp = clock.GetUtcNow(),
            LocalTimestamp = fromClient.LocalTimestamp,
            LocalTimezone = fromClient.LocalTimezone,
            ChannelId = fromClient.ChannelId ?? "webchat",
            Text = fromClient.Text,
            TextFormat = fromClient.TextFormat,
            Value = fromClient.Value,
            Name = fromClient.Name,
            Attachments = fromClient.Attachments,
            Entities = fromClient.Entities,
            ReplyToId = fromClient.ReplyToId,
            ChannelData = WithTenant(fromClient.ChannelData),
        };
        var answer = await channel.SendAsync(toBot, ct);
        if (!answer.Succeeded)
        {
            LogBotRefused(logger, toBot.Type, (int)answer.Status);
        }
        return (id, answer);
    }

    private Activity Inbound(LocalUser requester, string conversationId, string? locale) => new()
    {
        Timestamp = clock.GetUtcNow(),
        ServiceUrl = channel.ServiceUrl,
        ChannelId = "webchat",
        From = PlaygroundDirectory.Account(requester),
        Recipient = PlaygroundDirectory.Bot with { Role = null },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = directory.TenantId },
        Locale = locale,
        ChannelData = WithTenant(null),
    };

    // Teams puts the tenant in every activity's channelData; Web Chat's own keys (clientActivityID, postBack) stay.
    private JsonElement WithTenant(JsonElement? channelData)
    {
        var data = channelData is { ValueKind: JsonValueKind.Object } given ? JsonObject.Create(given)!.DeepClone().AsObject() : [];
        data["tenant"] = new JsonObject { ["id"] = directory.TenantId };
        return JsonElement.Parse(data.ToJsonString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot answered a playground {ActivityType} with HTTP {StatusCode}")]
    private static partial void LogBotRefused(ILogger logger, string activityType, int statusCode);
}
