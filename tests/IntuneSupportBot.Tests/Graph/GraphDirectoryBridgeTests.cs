using System.Text.Json.Nodes;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using static IntuneSupportBot.Tests.Graph.GraphDirectoryFactory;

namespace IntuneSupportBot.Tests.Graph;

public sealed class GraphDirectoryBridgeTests
{
    [Fact]
    public async Task Bridge_meeting_is_created_for_the_configured_organizer_and_its_join_url_returned()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser(Organizer, "한도윤"));
        var directory = Create(Options(graph));
        var start = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(9));

        var meeting = await directory.CreateBridgeMeetingAsync(
            new BridgeMeetingRequest("Rollout wave 2 bridge", start, start.AddHours(2)), CancellationToken.None);

        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", meeting.JoinUrl.AbsoluteUri, StringComparison.Ordinal);
        var request = Assert.Single(graph.Requests);
        Assert.Equal(("POST", $"/v1.0/users/{Organizer}/onlineMeetings"), (request.Method, request.Path));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Rollout wave 2 bridge", (string?)body["subject"]);
        Assert.Equal(start, DateTimeOffset.Parse((string)body["startDateTime"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(start.AddHours(2), DateTimeOffset.Parse((string)body["endDateTime"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Activity_notification_is_sent_with_a_text_topic_that_opens_the_ticket()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser("a1", "Jordan Kim"));
        var directory = Create(Options(graph));

        await directory.SendActivityNotificationAsync(
            "a1",
            new ActivityNotice("ticketAssigned", "Ticket #42 was assigned to you", "Ticket #42", new Uri("https://teams.microsoft.com/l/message/19:tier1/42")),
            CancellationToken.None);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/a1/teamwork/sendActivityNotification", request.Path);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("ticketAssigned", (string?)body["activityType"]);
        Assert.Equal("text", (string?)body["topic"]?["source"]);
        Assert.Equal("Ticket #42", (string?)body["topic"]?["value"]);
        Assert.Equal("https://teams.microsoft.com/l/message/19:tier1/42", (string?)body["topic"]?["webUrl"]);
        Assert.Equal("Ticket #42 was assigned to you", (string?)body["previewText"]?["content"]);
    }
}
