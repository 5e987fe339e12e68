using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

/// <summary>Who gets the bot token: the configured app's token goes only to trusted hosts; local mode sends none.</summary>
public sealed class ConnectorTrustTests
{
    [Fact]
    public async Task The_bearer_token_is_sent_when_an_app_id_is_configured()
    {
        await using var stub = await ConnectorStub.StartAsync();
        var credential = new FixedTokenCredential("token-for-the-bot", TimeProvider.System, TimeSpan.FromHours(1));
        await using var services = ConnectorServices.Create(ConnectorServices.AppMode(), credential);
        var client = services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal("Bearer token-for-the-bot", Assert.Single(stub.Requests).Authorization);
        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header()
    {
        await using var stub = await ConnectorStub.StartAsync();
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        await client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Null(Assert.Single(stub.Requests).Authorization);
    }

    [Fact]
    public async Task The_token_is_fetched_once_for_many_calls()
    {
        await using var stub = await ConnectorStub.StartAsync();
        var credential = new FixedTokenCredential("token-for-the-bot", TimeProvider.System, TimeSpan.FromHours(1));
        await using var services = ConnectorServices.Create(ConnectorServices.AppMode(), credential);
        var client = services.GetRequiredService<ConnectorClient>();

        for (var i = 0; i < 5; i++)
        {
            await client.SendToConversationAsync(stub.ServiceUrl, $"a:user{i}", new Activity { Text = "hi" }, CancellationToken.None);
        }

        Assert.Equal(5, stub.Requests.Count(r => r.Authorization == "Bearer token-for-the-bot"));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task An_untrusted_service_url_is_refused_before_any_request_leaves()
    {
        await using var stub = await ConnectorStub.StartAsync();
        var credential = new FixedTokenCredential("token-for-the-bot", TimeProvider.System, TimeSpan.FromHours(1));
        await using var services = ConnectorServices.Create(ConnectorServices.AppMode(trustLoopback: false), credential);
        var client = services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", new Activity { Text = "hi" }, CancellationToken.None));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.GetConversationMemberAsync(stub.TenantServiceUrl("t1"), "a:1xYz", "29:1", CancellationToken.None));

        Assert.Empty(stub.Requests);
        Assert.Equal(0, credential.Calls);
    }

    [Fact]
    public void Resolving_the_client_in_local_mode_builds_no_credential()
    {
        using var services = ConnectorServices.Create(ConnectorServices.LocalMode());

        var client = services.GetRequiredService<ConnectorClient>();

        Assert.NotNull(client);
        Assert.False(services.GetRequiredService<ConnectorTokenProvider>().IsEnabled);
    }
}
