using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Tests;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Unknown_properties_survive_a_round_trip()
    {
        const string json = """
            {"type":"message","id":"1761000000123","text":"hi","futureField":{"a":[1,2]},
             "from":{"id":"29:1","name":"Dana","aadObjectId":"6f1c","extra":"kept"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t","newFlag":true},
             "entities":[{"type":"clientInfo","locale":"ko-KR","country":"KR","platform":"Web"}],
             "channelData":{"tenant":{"id":"t"},"unknown":5}}
            """;
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;
        var back = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        using var original = JsonDocument.Parse(json);
        using var roundTripped = JsonDocument.Parse(back);
        Assert.True(JsonElement.DeepEquals(original.RootElement, roundTripped.RootElement), back);
    }

    [Fact]
    public void Teams_channel_data_is_typed()
    {
        const string json = """
            {"type":"conversationUpdate","channelData":{"tenant":{"id":"t1"},"team":{"id":"19:g","aadGroupId":"g1"},
             "channel":{"id":"19:c","name":"Tier 1"},"eventType":"channelRenamed"}}
            """;
        var data = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!.GetTeamsChannelData()!;
        Assert.Equal("t1", data.Tenant?.Id);
        Assert.Equal("g1", data.Team?.AadGroupId);
        Assert.Equal("Tier 1", data.Channel?.Name);
        Assert.Equal("channelRenamed", data.EventType);
    }
}
