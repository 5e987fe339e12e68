using IntuneSupportBot.Testing;
using IntuneSupportBot.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ConnectorTokenProviderTests
{
    private const string Scope = "https://api.botframework.com/.default";

    [Fact]
    public async Task A_token_is_reused_until_five_minutes_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T09:00:00Z"));
        var credential = new FixedTokenCredential("t", time, TimeSpan.FromHours(1));
        using var tokens = new ConnectorTokenProvider(credential, Scope, time);

        await tokens.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        await tokens.GetTokenAsync(CancellationToken.None);
        Assert.Equal(1, credential.Calls);

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("t", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var time = new FakeTimeProvider();
        var credential = new FixedTokenCredential("t", time, TimeSpan.FromHours(1));
        using var tokens = new ConnectorTokenProvider(credential, Scope, time);

        var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetTokenAsync(CancellationToken.None).AsTask())));

        Assert.All(all, token => Assert.Equal("t", token));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Without_a_credential_there_is_no_token()
    {
        using var tokens = new ConnectorTokenProvider(null, Scope, TimeProvider.System);

        Assert.False(tokens.IsEnabled);
        Assert.Null(await tokens.GetTokenAsync(CancellationToken.None));
    }
}
