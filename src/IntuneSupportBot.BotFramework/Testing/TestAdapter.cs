using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Testing;

/// <summary>
/// Runs turns in memory and keeps what the bot sends, for transcript-style tests of dialogs and handlers:
/// the user says X, the bot answers Y. The same middleware and bot code run as behind <see cref="CloudAdapter"/>.
/// </summary>
public sealed class TestAdapter(IEnumerable<ITurnMiddleware>? middleware = null, string conversationId = "test-conversation", string locale = "en-US")
    : BotAdapter(middleware ?? [])
{
    private readonly ConcurrentQueue<Activity> _sent = new();
    private int _nextId;

    public ChannelAccount User { get; init; } = new() { Id = "29:test-user", Name = "Test User", AadObjectId = "00000000-0000-0000-0000-000000000001" };

    public ChannelAccount Bot { get; init; } = new() { Id = "28:test-bot", Name = "Test Bot" };

    /// <summary>Everything sent or updated so far, in order.</summary>
    public IReadOnlyCollection<Activity> Sent => _sent;

    /// <summary>Sends the user's text and returns what the bot sent during that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(IBot bot, string text, CancellationToken ct = default) =>
        SendAsync(bot, new Activity { Type = ActivityTypes.Message, Text = text }, ct);

    public async Task<IReadOnlyList<Activity>> SendAsync(IBot bot, Activity activity, CancellationToken ct = default)
    {
        var before = _sent.Count;
        var inbound = activity with
        {
            Id = activity.Id ?? NextId(),
            ChannelId = activity.ChannelId ?? "test",
            ServiceUrl = activity.ServiceUrl ?? "https://test.invalid/",
            Conversation = activity.Conversation ?? new ConversationAccount { Id = conversationId, ConversationType = "personal" },
            From = activity.From ?? User,
            Recipient = activity.Recipient ?? Bot,
            Locale = activity.Locale ?? locale,
            Timestamp = activity.Timestamp ?? DateTimeOffset.UtcNow,
        };
        var turnContext = new TurnContext(this, inbound, new ClaimsIdentity());
        await RunPipelineAsync(turnContext, bot, ct);
        LastInvokeResponse = turnContext.InvokeResponse;
        return [.. _sent.Skip(before)];
    }

    public InvokeResponse? LastInvokeResponse { get; private set; }

    public override Task<ResourceResponse> SendActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct)
    {
        var id = NextId();
        _sent.Enqueue(activity with { Id = id });
        return Task.FromResult(new ResourceResponse(id));
    }

    public override Task<ResourceResponse> UpdateActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct)
    {
        _sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(TurnContext turnContext, string activityId, CancellationToken ct) => Task.CompletedTask;

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
