using static IntuneSupportBot.BotFramework.Tests.Authentication.AuthenticationHarness;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

public sealed class LocalModeTests : IAsyncLifetime
{
    private AuthenticationHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync(new Dictionary<string, string?> { ["Bot:AppId"] = null });

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_token_runs_as_anonymous()
    {
        var result = await harness.ValidateAsync(null);

        Assert.True(result.Succeeded, result.Failure);
        Assert.NotNull(result.Identity);
        Assert.False(result.Identity.IsAuthenticated);
    }

    [Fact]
    public async Task Without_an_app_id_a_request_with_a_token_is_refused()
    {
        var token = harness.Stub.IssueBotFrameworkToken(AppId, ServiceUrl);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("a token was sent but the bot has no app id to validate it against", result.Failure);
    }
}
