using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tests.Hosting;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Conversations;

/// <summary>
/// One user's 1:1 chat with the real host: <c>await chat.Say("...")</c> posts a Teams message and returns what
/// the bot sent to the connector stub during that turn, in order. Every turn must be answered below 500.
/// </summary>
public sealed class Chat(TestBotHost bot, ConnectorStub connector, string locale = "en-US", string aadObjectId = Chat.UnknownUser)
{
    /// <summary>Nobody the directory knows: no devices, no failures.</summary>
    public const string UnknownUser = "6f1c0000-0000-4000-8000-00000000a001";

    /// <summary>김민준 of the demo directory: a Galaxy S24 that failed to enroll at 09:12, and a ThinkPad.</summary>
    public const string Minjun = "caeb94d1-4baa-4a50-b4c3-1893177b53cc";

    private int _seen;

    public string ConversationId { get; } = $"a:{Guid.NewGuid():N}";

    public Task<Replies> Say(string text) => Send(Message(text));

    /// <summary>An Action.Submit press: a message whose <c>value</c> carries the button's data and whose text is empty.</summary>
    public Task<Replies> Press(object data) => Send(Message("") with { Value = JsonSerializer.SerializeToElement(data) });

    public Task<Replies> Attach(string name, string text = "") => Send(Message(text) with
    {
        Attachments = [new Attachment { ContentType = "image/png", Name = name, ContentUrl = $"https://files.example/{Uri.EscapeDataString(name)}" }],
    });

    public async Task<Replies> Send(Activity activity)
    {
        var response = await bot.Client.PostAsync(activity);
        Assert.True((int)response.StatusCode < 500, $"the bot answered {(int)response.StatusCode}");
        var all = connector.Requests.Where(request => request.ConversationId == ConversationId && request.Activity is not null).ToList();
        var replies = all.Skip(_seen).Select(request => request.Activity!).ToList();
        _seen = all.Count;
        return new Replies(replies);
    }

    public Activity Message(string text) =>
        TeamsActivities.PersonalMessage(connector.ServiceUrl, text, ConversationId, locale: locale, aadObjectId: aadObjectId);
}

/// <summary>What the bot sent in one turn: texts, buttons, and the text of any cards.</summary>
public sealed record Replies(IReadOnlyList<Activity> Activities)
{
    /// <summary>Every text of the turn, card text included, one per line.</summary>
    public string Text => string.Join("\n", Activities.SelectMany(TextsOf));

    public string Last => Activities.Count == 0 ? "" : string.Join("\n", TextsOf(Activities[^1]));

    public IReadOnlyList<string> Buttons => Activities.LastOrDefault()?.SuggestedActions?.Actions.Select(action => action.Title).ToList() ?? [];

    public JsonElement? Card => Activities.SelectMany(activity => activity.Attachments ?? [])
        .FirstOrDefault(attachment => attachment.ContentType == Attachment.AdaptiveCardContentType)?.Content;

    public bool Contains(string text) => Text.Contains(text, StringComparison.Ordinal);

    public override string ToString() => Text;

    private static IEnumerable<string> TextsOf(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Text))
        {
            yield return activity.Text;
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { } content)
            {
                foreach (var text in Strings(content))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("type" or "$schema" or "version" or "data")).SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
