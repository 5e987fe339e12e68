using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>Activities a test has the bot's connector client send: a text, or a small Adaptive Card.</summary>
public static class PlaygroundCards
{
    public static Activity Card(string title, string verb = "ticket.claim") =>
        WithAction(title, new Dictionary<string, object> { ["type"] = "Action.Execute", ["title"] = "Claim", ["verb"] = verb, ["data"] = new { ticketId = "TCK-0001" } });

    /// <summary>A requester's card: Web Chat does not send Action.Execute, so their buttons are Action.Submit.</summary>
    public static Activity SubmitCard(string title, string button) =>
        WithAction(title, new Dictionary<string, object> { ["type"] = "Action.Submit", ["title"] = button, ["data"] = new { verb = "requester.confirm", ticketId = "TCK-0001" } });

    private static Activity WithAction(string title, Dictionary<string, object> action) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = Attachment.AdaptiveCardContentType,
                Content = JsonSerializer.SerializeToElement(new Dictionary<string, object>
                {
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.5",
                    ["body"] = new[] { new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = title } },
                    ["actions"] = new[] { action },
                }),
            },
        ],
    };

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public static ConversationParameters NewThread(string channelId, Activity first) => new()
    {
        IsGroup = true,
        TenantId = "00000000-0000-0000-0000-000000000001",
        ChannelData = JsonSerializer.SerializeToElement(new TeamsChannelData { Channel = new ChannelInfo(channelId) }, BotJsonContext.Default.TeamsChannelData),
        Activity = first,
    };

    public static string? Title(JsonElement activity) =>
        activity.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString();
}
