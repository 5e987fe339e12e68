using System.Diagnostics;
using IntuneSupportBot.BotFramework;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Hosting;

public sealed class TelemetryTests
{
    [Fact]
    public async Task The_turn_span_carries_the_activity_and_conversation_ids_and_never_the_message_text()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => { lock (spans) { spans.Add(span); } },
        };
        ActivitySource.AddActivityListener(listener);
        await using var connector = await ConnectorStub.StartAsync();
        await using var bot = await TestBotHost.StartAsync();
        var message = TeamsActivities.PersonalMessage(connector.ServiceUrl, "echo secret-looking text 1234");

        await bot.Client.PostAsync(message);
        await connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10));

        Activity turn;
        lock (spans)
        {
            turn = Assert.Single(spans, s => s.OperationName == "bot.turn" && (string?)s.GetTagItem("bot.activity.id") == message.Id);
        }
        Assert.Equal(message.Conversation!.Id, turn.GetTagItem("bot.conversation.id"));
        Assert.DoesNotContain(turn.TagObjects, tag => tag.Value?.ToString()?.Contains("secret-looking", StringComparison.Ordinal) == true);
    }
}
