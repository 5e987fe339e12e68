using System.Text.Json;
using IntuneSupportBot.Tests.Hosting;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>The page's live feed: server-sent events for what the bot posts, updates and deletes.</summary>
public sealed class PlaygroundEventsTests
{
    [Fact]
    public async Task A_card_the_bot_updates_arrives_as_an_updated_event_with_the_new_card()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await host.Client.GetAsync("/playground/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(": connected", await stream.ReadLineAsync(timeout.Token));

        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0003 new")), timeout.Token);
        await connector.UpdateActivityAsync(serviceUrl, created.Id, created.ActivityId!, PlaygroundCards.Card("TCK-0003 escalated"), timeout.Token);

        var posted = await NextEventAsync(stream, timeout.Token);
        var updated = await NextEventAsync(stream, timeout.Token);
        Assert.Equal("posted", posted.Kind);
        Assert.Equal("updated", updated.Kind);
        Assert.True(updated.Data.GetProperty("sequence").GetInt64() > posted.Data.GetProperty("sequence").GetInt64());
        Assert.Equal(created.Id, updated.Data.GetProperty("conversationId").GetString());
        Assert.Equal(created.ActivityId, updated.Data.GetProperty("activityId").GetString());
        Assert.Equal(DemoTenant.Tier1Channel, updated.Data.GetProperty("channelId").GetString());
        Assert.Equal("TCK-0003 escalated", PlaygroundCards.Title(updated.Data.GetProperty("activity")));
    }

    private static async Task<(string Kind, JsonElement Data)> NextEventAsync(StreamReader stream, CancellationToken ct)
    {
        string? kind = null;
        while (await stream.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && kind is not null)
            {
                return (kind, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());
            }
        }
        throw new EndOfStreamException("The event stream ended before the next event.");
    }
}
