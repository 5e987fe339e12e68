using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tests.Hosting;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>The host's Direct Line 3.0 endpoint as Web Chat uses it, with the real bot behind it.</summary>
public sealed class DirectLineTests
{
    [Fact]
    public async Task A_typed_message_is_echoed_with_its_client_activity_id_before_the_bots_answer()
    {
        await using var host = await TestBotHost.StartAsync();
        var chat = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);

        var id = await chat.SayAsync("help", clientActivityId: "client-1");

        var (activities, _) = await chat.GetAsync(watermark: null);
        var echo = Assert.Single(activities, activity => activity!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("user", DirectLineClient.Role(echo));
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("help", DirectLineClient.Text(echo));
        var answer = Assert.Single(activities, activity => activity!["replyToId"]?.GetValue<string>() == id)!;
        Assert.Equal("bot", DirectLineClient.Role(answer));
        Assert.False(string.IsNullOrWhiteSpace(DirectLineClient.Text(answer)));
        Assert.True(activities.IndexOf(echo) < activities.IndexOf(answer), "the echo came after the bot's answer");
    }

    [Fact]
    public async Task Polling_from_a_watermark_returns_only_what_came_after_it()
    {
        await using var host = await TestBotHost.StartAsync();
        var chat = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);
        var (greeting, first) = await chat.GetAsync(watermark: null);

        var id = await chat.SayAsync("help", clientActivityId: "client-2");
        var (after, second) = await chat.GetAsync(first);
        var (nothing, third) = await chat.GetAsync(second);

        Assert.NotEmpty(greeting);
        Assert.Equal([id, id], after.Select(activity => activity!["replyToId"]?.GetValue<string>() ?? activity["id"]!.GetValue<string>()));
        Assert.True(int.Parse(second, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(nothing);
        Assert.Equal(second, third);
    }

    [Fact]
    public async Task The_bot_gets_the_message_through_its_own_endpoint_as_a_personal_chat_from_the_requester()
    {
        var recorder = new TurnRecorder();
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        var chat = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);

        var id = await chat.SayAsync("help", clientActivityId: "client-3");

        var installed = Assert.Single(recorder.Received, activity => activity.Type == ActivityTypes.ConversationUpdate);
        Assert.Equal(["28:intunesupportbot-local", "29:" + DemoTenant.DanaPark], installed.MembersAdded!.Select(member => member.Id));
        var message = Assert.Single(recorder.Received, activity => activity.Type == ActivityTypes.Message);
        Assert.Equal(id, message.Id);
        Assert.Equal(new Uri(host.BaseAddress, "/_connector/").AbsoluteUri, message.ServiceUrl);
        Assert.Equal("webchat", message.ChannelId);
        Assert.Equal(("29:" + DemoTenant.DanaPark, "Dana Park", DemoTenant.DanaPark), (message.From!.Id, message.From.Name, message.From.AadObjectId));
        Assert.StartsWith("28:", message.Recipient!.Id, StringComparison.Ordinal);
        Assert.Equal((chat.ConversationId, "personal"), (message.Conversation!.Id, message.Conversation.ConversationType));
        Assert.Equal("client-3", message.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.False(string.IsNullOrEmpty(message.GetTeamsChannelData()!.Tenant!.Id));
        Assert.Equal("help", message.Text);
    }

    [Fact]
    public async Task An_Action_Submit_press_reaches_the_bot_as_a_message_with_its_value()
    {
        var recorder = new TurnRecorder();
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        var chat = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);

        using var response = await chat.PostAsync(new
        {
            type = "message",
            from = new { id = "web-chat-user", role = "user" },
            value = new { verb = "requester.confirm", ticketId = "TCK-0042" },
            channelData = new { postBack = true, clientActivityID = "client-4" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var submit = Assert.Single(recorder.Received, activity => activity.Type == ActivityTypes.Message);
        Assert.Null(submit.Text);
        Assert.Equal("TCK-0042", submit.Value!.Value.GetProperty("ticketId").GetString());
        Assert.True(submit.ChannelData!.Value.GetProperty("postBack").GetBoolean());
    }

    [Fact]
    public async Task A_requester_has_one_chat_however_often_the_page_starts_it_and_is_greeted_once()
    {
        var recorder = new TurnRecorder();
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);

        var first = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);
        var again = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);
        var someoneElse = await DirectLineClient.StartAsync(host.Client, DemoTenant.MichaelGrant);

        Assert.Equal(first.ConversationId, again.ConversationId);
        Assert.NotEqual(first.ConversationId, someoneElse.ConversationId);
        Assert.Equal(2, recorder.Received.Count(activity => activity.Type == ActivityTypes.ConversationUpdate));
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation_and_refreshes_into_a_new_one_for_the_same_chat()
    {
        await using var host = await TestBotHost.StartAsync();
        var dana = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);
        var michael = await DirectLineClient.StartAsync(host.Client, DemoTenant.MichaelGrant);

        using var crossed = await dana.PostAsync(new { type = "message", text = "hi" }, token: michael.Token);
        using var forged = await dana.PostAsync(new { type = "message", text = "hi" }, token: "not-a-token");
        using var refresh = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        refresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", dana.Token);
        using var refreshed = await host.Client.SendAsync(refresh);
        var conversation = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Forbidden, crossed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(dana.ConversationId, conversation["conversationId"]!.GetValue<string>());
        Assert.NotEqual(dana.Token, conversation["token"]!.GetValue<string>());
        Assert.Equal(1800, conversation["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_user_who_is_not_in_the_directory_gets_no_token()
    {
        await using var host = await TestBotHost.StartAsync();

        using var response = await host.Client.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "dl_stranger" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
