using System.Net;
using System.Text;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Hosting;

/// <summary>The messaging endpoint through the real host: signed activities in, replies at the connector stub.</summary>
public sealed class MessagingEndpointTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private OpenIdStub _openId = null!;
    private ConnectorStub _connector = null!;
    private TestBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdStub.StartAsync();
        _connector = await ConnectorStub.StartAsync();
        _bot = await TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TeamsActivities.TenantId,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrl"] = _openId.EntraMetadataUrlTemplate,
            ["Bot:TrustedServiceUrlHosts:0"] = "127.0.0.1",
        }, services => services.AddFixedConnectorToken("connector-token-for-tests"));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_Teams_message_gets_its_reply_delivered_to_the_connector_with_the_bots_token()
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo hello");
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        var response = await _bot.Client.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal("POST", reply.Method);
        Assert.Equal(message.Id, reply.ActivityId);
        Assert.Equal(message.Id, reply.Activity!.ReplyToId);
        Assert.Equal("you said: hello", reply.Activity.Text);
        Assert.Equal("Bearer connector-token-for-tests", reply.Authorization);
    }

    public static TheoryData<string> ForgedTokens => new()
    {
        "none", "malformed", "bad signature", "unknown key", "expired", "not yet valid",
        "wrong issuer", "wrong audience", "key not endorsed for the channel", "serviceurl claim differs",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_forged_or_invalid_token_is_refused_with_401_and_no_turn_runs(string kind)
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo should not run");
        var token = kind switch
        {
            "none" => null,
            "malformed" => "not-a-jwt",
            "bad signature" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t => t.CorruptSignature = true),
            "unknown key" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t => t.Key = _openId.UnpublishedKey),
            "expired" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t =>
            {
                t.IssuedAt = DateTimeOffset.UtcNow.AddHours(-2);
                t.NotBefore = DateTimeOffset.UtcNow.AddHours(-2);
                t.Expires = DateTimeOffset.UtcNow.AddMinutes(-10);
            }),
            "not yet valid" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t =>
            {
                t.NotBefore = DateTimeOffset.UtcNow.AddMinutes(10);
                t.Expires = DateTimeOffset.UtcNow.AddHours(1);
            }),
            "wrong issuer" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t => t.Issuer = "https://evil.example"),
            "wrong audience" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t => t.Audience = "99999999-0000-0000-0000-000000000000"),
            "key not endorsed for the channel" => _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl, t => t.Key = _openId.UnendorsedKey),
            "serviceurl claim differs" => _openId.IssueBotFrameworkToken(AppId, "https://smba.trafficmanager.net/amer/"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await _bot.Client.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.DoesNotContain(_connector.Requests, r => r.ConversationId == message.Conversation!.Id);
        Assert.DoesNotContain("echo should not run", _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_activity_from_another_tenant_is_refused_with_403_and_no_turn_runs()
    {
        const string otherTenant = "0dd7e400-0000-4000-8000-000000000002";
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo should not run") is var sample
            ? sample with
            {
                Conversation = sample.Conversation! with { TenantId = otherTenant },
                ChannelData = JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TenantInfo(otherTenant) }, BotJsonContext.Default.TeamsChannelData),
            }
            : null!;
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        var response = await _bot.Client.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Inbound request refused (tenant): an activity from tenant {otherTenant}", _bot.Logs.All, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.DoesNotContain(_connector.Requests, r => r.ConversationId == message.Conversation!.Id);
    }

    [Fact]
    public async Task A_signed_activity_naming_no_tenant_runs_as_the_configured_tenant()
    {
        var sample = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo no tenant");
        var message = sample with { Conversation = sample.Conversation! with { TenantId = null }, ChannelData = null };
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        var response = await _bot.Client.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal("you said: no tenant", reply.Activity!.Text);
        Assert.Equal(TeamsActivities.TenantId, reply.Activity.Conversation?.TenantId);
    }

    [Fact]
    public async Task Neither_the_token_nor_the_message_text_is_logged()
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo my laptop serial ZX-991 private words");
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        await _bot.Client.PostAsync(message, token);
        await _connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10));
        await _bot.Client.PostAsync(message with { Id = "forged-1" }, token + "x");

        Assert.DoesNotContain("private words", _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..40], _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("connector-token-for-tests", _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_activity_runs_the_bot_once()
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo once");
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        var concurrent = await Task.WhenAll(_bot.Client.PostAsync(message, token), _bot.Client.PostAsync(message, token));
        var later = await _bot.Client.PostAsync(message, token);

        Assert.All([.. concurrent, later], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await _connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        Assert.Single(_connector.Requests, r => r.ConversationId == message.Conversation!.Id);
    }

    [Fact]
    public async Task An_adaptive_card_invoke_gets_its_invoke_response_in_the_http_body()
    {
        var invoke = TeamsActivities.CardAction(_connector.ServiceUrl, "19:tier1@thread.tacv2;messageid=1760999990000", "1760999990000",
            "no.such.verb", new { ticketId = "INT-1" });
        var token = _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl);

        var response = await _bot.Client.PostAsync(invoke, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Contains("no.such.verb", body.RootElement.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_signing_keys_cannot_be_loaded_the_channel_is_told_to_retry_and_no_turn_runs()
    {
        _openId.Available = false;
        await using var bot = await TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TeamsActivities.TenantId,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Bot:TrustedServiceUrlHosts:0"] = "127.0.0.1",
        }, services => services.AddFixedConnectorToken("connector-token-for-tests"));
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo during outage");

        var response = await bot.Client.PostAsync(message, _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain(_connector.Requests, r => r.ConversationId == message.Conversation!.Id);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var response = await _bot.Client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\",", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not a valid activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_valid_Unicode_is_read_with_replacement_characters_and_the_user_still_gets_the_answer()
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo hello");
        var json = JsonSerializer.Serialize(message, BotJsonContext.Default.Activity)
            .Replace("echo hello", "echo hello \\ud800", StringComparison.Ordinal)
            .Replace("\"from\":{", "\"from\":{\"nickname\":\"\\udc00\",", StringComparison.Ordinal)
            .Replace("\"recipient\":{", "\"recipient\":{\"note\":\"\\ud83d!\",", StringComparison.Ordinal);
        var reply = await PostAndReadTheReplyAsync(message, json);

        Assert.Equal("you said: hello \uFFFD", reply.Activity!.Text);
        Assert.Contains("not valid Unicode", _bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("turn failed", _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_items_in_the_lists_of_an_activity_are_ignored_and_the_user_gets_the_answer()
    {
        var message = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "echo hello");
        var json = JsonSerializer.Serialize(message with { Locale = null, Entities = [new Entity { Type = "clientInfo", Locale = "en-US" }] }, BotJsonContext.Default.Activity)
            .Replace("\"entities\":[", "\"attachments\":[null],\"entities\":[null,", StringComparison.Ordinal);
        Assert.Contains("\"entities\":[null,", json, StringComparison.Ordinal);
        var reply = await PostAndReadTheReplyAsync(message, json);

        Assert.Equal("you said: hello", reply.Activity!.Text);
        Assert.DoesNotContain("turn failed", _bot.Logs.All, StringComparison.Ordinal);
    }

    /// <summary>Posts <paramref name="json"/> (a written form of <paramref name="message"/>) signed, expects 200 and the one reply.</summary>
    private async Task<ConnectorRequest> PostAndReadTheReplyAsync(Activity message, string json)
    {
        var response = await _bot.Client.PostJsonAsync(json, _openId.IssueBotFrameworkToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await _connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415_problem()
    {
        var response = await _bot.Client.PostAsync("/api/messages", new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_one_megabyte_body_is_a_413_problem()
    {
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}";

        var response = await _bot.Client.PostAsync("/api/messages", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_a_400_problem()
    {
        var response = await _bot.Client.PostAsync("/api/messages", new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/v3/relative")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task An_activity_whose_serviceUrl_is_not_an_http_url_is_a_400_problem_and_no_turn_runs(string serviceUrl)
    {
        var message = TeamsActivities.PersonalMessage(serviceUrl, "echo hello");

        var response = await _bot.Client.PostAsync(message, _openId.IssueBotFrameworkToken(AppId, serviceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl must be an http(s) URL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("turn failed", _bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_alive_and_ready_when_the_database_and_signing_keys_are_there()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.GetAsync("/healthz")).StatusCode);
        var ready = await _bot.Client.GetAsync("/readyz");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("signing-keys", body, StringComparison.Ordinal);
    }
}
