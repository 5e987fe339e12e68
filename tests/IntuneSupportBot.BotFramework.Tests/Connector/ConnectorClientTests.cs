using System.Text.Json;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ThreadId = "19:abc@thread.tacv2;messageid=1";
    private const string EncodedThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Send_to_conversation_posts_to_the_encoded_conversation_and_returns_the_new_id()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var sent = await client.SendToConversationAsync(stub.ServiceUrl, ThreadId, new Activity { Text = "Ticket TCK-0042 opened" }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(ConnectorRoute.SendToConversation, request.Route);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EncodedThreadId}/activities", request.RawPath);
        Assert.Equal(ThreadId, request.ConversationId);
        Assert.Equal("Ticket TCK-0042 opened", request.Activity?.Text);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("1761000000001", sent.Id);
    }

    [Fact]
    public async Task Reply_posts_to_the_encoded_activity_of_the_conversation()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var reply = new Activity { Text = "Thanks, noted.", ReplyToId = "1760999990000" };
        var sent = await client.ReplyToActivityAsync(stub.ServiceUrl, "a:1xYz", "1760999990000", reply, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(("POST", "/v3/conversations/a%3A1xYz/activities/1760999990000"), (request.Method, request.RawPath));
        Assert.Equal(("a:1xYz", "1760999990000"), (request.ConversationId, request.ActivityId));
        Assert.Equal("1760999990000", request.Activity?.ReplyToId);
        Assert.Equal("1761000000001", sent.Id);
    }

    [Fact]
    public async Task Update_puts_the_replacement_at_the_activity_it_replaces()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var updated = await client.UpdateActivityAsync(stub.ServiceUrl, ThreadId, "1761000000777", new Activity { Text = "Claimed by Dana" }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(("PUT", $"/v3/conversations/{EncodedThreadId}/activities/1761000000777"), (request.Method, request.RawPath));
        Assert.Equal("Claimed by Dana", request.Activity?.Text);
        Assert.Equal("1761000000777", request.Activity?.Id);
        Assert.Equal("1761000000777", updated.Id);
    }

    [Fact]
    public async Task Delete_removes_the_encoded_activity()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        await client.DeleteActivityAsync(stub.ServiceUrl, ThreadId, "1761000000777", CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(ConnectorRoute.DeleteActivity, request.Route);
        Assert.Equal(("DELETE", $"/v3/conversations/{EncodedThreadId}/activities/1761000000777"), (request.Method, request.RawPath));
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task Creating_a_channel_thread_returns_the_thread_id_and_its_root_activity()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();
        using var channelData = JsonDocument.Parse("""{"channel":{"id":"19:tier2chan@thread.tacv2"},"tenant":{"id":"t1"}}""");

        var created = await client.CreateConversationAsync(stub.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            TenantId = "t1",
            ChannelData = channelData.RootElement.Clone(),
            Activity = new Activity { Text = "New ticket TCK-0043" },
        }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawPath));
        Assert.Equal("New ticket TCK-0043", request.Parameters?.Activity?.Text);
        Assert.Equal("19:tier2chan@thread.tacv2;messageid=1761000000001", created.Id);
        Assert.Equal("1761000000001", created.ActivityId);
    }

    [Fact]
    public async Task Creating_a_one_to_one_chat_returns_a_personal_conversation_id()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var created = await client.CreateConversationAsync(stub.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = "29:1AbcUser" }],
            TenantId = "t1",
        }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("29:1AbcUser", Assert.Single(request.Parameters!.Members!).Id);
        Assert.StartsWith("a:", created.Id);
        Assert.Null(created.ActivityId);
    }

    [Fact]
    public async Task Get_member_reads_the_teams_profile_of_an_encoded_member_id()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.AddMember(new TeamsChannelAccount { Id = "29:1AbcUser", Name = "Dana Agent", ObjectId = "6f1c0000-aaaa", UserPrincipalName = "dana@contoso.com" });
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var member = await client.GetConversationMemberAsync(stub.ServiceUrl, ThreadId, "29:1AbcUser", CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(("GET", $"/v3/conversations/{EncodedThreadId}/members/29%3A1AbcUser"), (request.Method, request.RawPath));
        Assert.Equal("Dana Agent", member.Name);
        Assert.Equal("6f1c0000-aaaa", member.EntraObjectId);
        Assert.Equal("dana@contoso.com", member.UserPrincipalName);
    }

    [Fact]
    public async Task A_tenant_scoped_service_url_keeps_its_path_without_a_double_slash()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(stub.TenantServiceUrl("t1", "emea"), "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/emea/t1/v3/conversations/a%3A1xYz/activities", request.RawPath);
        Assert.Equal("/emea/t1", request.PathPrefix);
    }

    [Fact]
    public async Task An_outbound_activity_carries_neither_id_nor_timestamp_nor_null_fields()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();
        var copied = new Activity { Id = "1761000000123", Timestamp = DateTimeOffset.UnixEpoch, Text = "Your report is complete", Locale = null };

        await client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", copied, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(stub.Requests).Body);
        var names = body.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["type", "text"], names);
        Assert.DoesNotContain("null", Assert.Single(stub.Requests).Body);
    }

    [Fact]
    public async Task A_connector_error_is_parsed_into_status_code_and_correlation_vector()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(403, errorCode: "BotNotInConversationRoster");
        var credential = new FixedTokenCredential("secret-bearer-token", TimeProvider.System, TimeSpan.FromHours(1));
        await using var services = ConnectorServices.Create(ConnectorServices.AppMode(), credential);
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Equal(ConnectorOperation.SendToConversation, error.Operation);
        Assert.Equal("Scripted failure", error.ErrorMessage);
        Assert.StartsWith("stub.", error.CorrelationVector);
        Assert.DoesNotContain("secret-bearer-token", error.ToString());
    }

    [Fact]
    public async Task A_blocked_user_answer_yields_its_nested_sub_code()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(403, body: """{"errorCode":209,"message":"{\"errorCode\":209,\"subCode\":\"MessageWritesBlocked\"}"}""");
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
    }
}
