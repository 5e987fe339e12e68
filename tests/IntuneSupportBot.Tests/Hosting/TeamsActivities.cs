using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Tests.Hosting;

/// <summary>Teams-shaped activities as the channel sends them, and a way to post them to the bot.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";
    public const string TenantId = "c0ffee00-0000-4000-8000-000000000001";

    public static Activity PersonalMessage(string serviceUrl, string text, string? conversationId = null, string? id = null, string locale = "en-US",
        string userId = "29:1Abc-user", string aadObjectId = "6f1c0000-0000-4000-8000-00000000a001") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = userId, Name = "Dana Park", AadObjectId = aadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "IntuneSupportBot" },
        Conversation = new ConversationAccount { Id = conversationId ?? $"a:{Guid.NewGuid():N}", ConversationType = "personal", TenantId = TenantId },
        Text = text,
        TextFormat = "plain",
        Locale = locale,
        ChannelData = JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TenantInfo(TenantId) }, BotJsonContext.Default.TeamsChannelData),
    };

    public static Activity CardAction(string serviceUrl, string conversationId, string replyToId, string verb, object data) =>
        CardAction(serviceUrl, conversationId, replyToId, verb, data, new ChannelAccount { Id = "29:agent-1", Name = "Agent One", AadObjectId = "6f1c0000-0000-4000-8000-00000000b001" });

    public static Activity CardAction(string serviceUrl, string conversationId, string replyToId, string verb, object data, ChannelAccount from, string locale = "en-US") => new()
    {
        Locale = locale,
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Id = $"f:{Guid.NewGuid()}",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = from,
        Recipient = new ChannelAccount { Id = BotId, Name = "IntuneSupportBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", TenantId = TenantId },
        ReplyToId = replyToId,
        Value = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["action"] = new Dictionary<string, object> { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        }),
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? token = null) =>
        client.PostJsonAsync(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), token);

    /// <summary>Posts an activity as the given JSON text, for bodies an <see cref="Activity"/> cannot be written as.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client.SendAsync(request);
    }
}
