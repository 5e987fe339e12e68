using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>The Bot Connector routes the host serves in local mode, called by the bot's real connector client.</summary>
public sealed class ConnectorRoutesTests
{
    [Fact]
    public async Task A_new_channel_thread_is_named_after_its_first_post_and_listed_under_its_tier()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);

        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0001 new")), CancellationToken.None);

        Assert.Equal($"{DemoTenant.Tier1Channel};messageid={created.ActivityId}", created.Id);
        var thread = await SingleThreadAsync(host, DemoTenant.Tier1Channel);
        Assert.Equal(created.Id, thread.GetProperty("conversationId").GetString());
        var root = Assert.Single(thread.GetProperty("activities").EnumerateArray());
        Assert.Equal(created.ActivityId, root.GetProperty("id").GetString());
        Assert.Equal("TCK-0001 new", PlaygroundCards.Title(root));
    }

    [Fact]
    public async Task A_channel_thread_without_a_first_post_is_refused_as_Teams_refuses_it()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);
        var parameters = PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Text("x")) with { Activity = null };

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => connector.CreateConversationAsync(serviceUrl, parameters, CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, "BadSyntax"), (refused.StatusCode, refused.ErrorCode));
    }

    [Fact]
    public async Task An_update_replaces_the_card_in_place_and_keeps_the_replies_after_it()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);
        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0001 new")), CancellationToken.None);
        var reply = await connector.ReplyToActivityAsync(serviceUrl, created.Id, created.ActivityId!, PlaygroundCards.Text("Claimed by Jordan Kim"), CancellationToken.None);

        var updated = await connector.UpdateActivityAsync(serviceUrl, created.Id, created.ActivityId!, PlaygroundCards.Card("TCK-0001 claimed"), CancellationToken.None);

        Assert.Equal(created.ActivityId, updated.Id);
        var activities = (await SingleThreadAsync(host, DemoTenant.Tier1Channel)).GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal([created.ActivityId, reply.Id], activities.Select(activity => activity.GetProperty("id").GetString()));
        Assert.Equal("TCK-0001 claimed", PlaygroundCards.Title(activities[0]));
        Assert.Equal(created.ActivityId, activities[1].GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task A_deleted_post_leaves_the_thread_and_cannot_be_updated_afterwards()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);
        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier2Channel, PlaygroundCards.Card("TCK-0002")), CancellationToken.None);
        var reply = await connector.SendToConversationAsync(serviceUrl, created.Id, PlaygroundCards.Text("note"), CancellationToken.None);

        await connector.DeleteActivityAsync(serviceUrl, created.Id, reply.Id!, CancellationToken.None);
        var gone = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.UpdateActivityAsync(serviceUrl, created.Id, reply.Id!, PlaygroundCards.Text("edited"), CancellationToken.None));

        Assert.Equal((HttpStatusCode.NotFound, "ActivityNotFoundInConversation"), (gone.StatusCode, gone.ErrorCode));
        var thread = await SingleThreadAsync(host, DemoTenant.Tier2Channel);
        Assert.Equal([created.ActivityId], thread.GetProperty("activities").EnumerateArray().Select(activity => activity.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Posting_into_a_conversation_that_does_not_exist_is_404()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);

        var missing = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.SendToConversationAsync(serviceUrl, "a:no-such-chat", PlaygroundCards.Text("hello"), CancellationToken.None));

        Assert.Equal((HttpStatusCode.NotFound, "ConversationNotFound"), (missing.StatusCode, missing.ErrorCode));
    }

    [Fact]
    public async Task A_proactive_1_to_1_chat_is_the_requesters_Web_Chat_conversation_and_its_messages_reach_it()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);
        var chat = await DirectLineClient.StartAsync(host.Client, DemoTenant.DanaPark);
        var (_, watermark) = await chat.GetAsync(watermark: null);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            TenantId = "00000000-0000-0000-0000-000000000001",
            Members = [new ChannelAccount { Id = "29:" + DemoTenant.DanaPark }],
        };

        var created = await connector.CreateConversationAsync(serviceUrl, parameters, CancellationToken.None);
        var again = await connector.CreateConversationAsync(serviceUrl, parameters, CancellationToken.None);
        await connector.SendToConversationAsync(serviceUrl, created.Id, PlaygroundCards.Text("Your ticket TCK-0001 was claimed."), CancellationToken.None);

        Assert.Equal(chat.ConversationId, created.Id);
        Assert.Equal(created.Id, again.Id);
        Assert.Null(created.ActivityId);
        var (activities, _) = await chat.GetAsync(watermark);
        Assert.Equal("Your ticket TCK-0001 was claimed.", DirectLineClient.Text(Assert.Single(activities)));
    }

    [Fact]
    public async Task A_member_is_found_in_the_local_directory_by_Teams_id_or_user_principal_name()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = Connector(host);

        var byTeamsId = await connector.GetConversationMemberAsync(serviceUrl, DemoTenant.Tier1Channel, "29:" + DemoTenant.JordanKim, CancellationToken.None);
        var byUpn = await connector.GetConversationMemberAsync(serviceUrl, DemoTenant.Tier1Channel, "jordan.kim@contoso.com", CancellationToken.None);
        var nobody = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.GetConversationMemberAsync(serviceUrl, DemoTenant.Tier1Channel, "29:nobody", CancellationToken.None));

        Assert.Equal(("29:" + DemoTenant.JordanKim, "Jordan Kim", DemoTenant.JordanKim, "jordan.kim@contoso.com"),
            (byTeamsId.Id, byTeamsId.Name, byTeamsId.EntraObjectId, byTeamsId.UserPrincipalName));
        Assert.Equal(byTeamsId.Id, byUpn.Id);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }

    internal static (ConnectorClient Client, string ServiceUrl) Connector(TestBotHost host) =>
        (host.Services.GetRequiredService<ConnectorClient>(), new Uri(host.BaseAddress, "/_connector/").AbsoluteUri);

    private static async Task<JsonElement> SingleThreadAsync(TestBotHost host, string channelId)
    {
        var channels = await host.Client.GetFromJsonAsync<JsonElement>("/playground/channels");
        var channel = Assert.Single(channels.EnumerateArray(), candidate => candidate.GetProperty("channelId").GetString() == channelId);
        return Assert.Single(channel.GetProperty("threads").EnumerateArray());
    }
}
