using static IntuneSupportBot.BotFramework.Tests.Authentication.AuthenticationHarness;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

public sealed class SigningKeyTests : IAsyncLifetime
{
    private AuthenticationHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Signing_keys_are_fetched_once_and_reused()
    {
        Assert.True((await harness.ValidateBotFrameworkTokenAsync()).Succeeded);
        Assert.True((await harness.ValidateBotFrameworkTokenAsync()).Succeeded);

        Assert.Equal(1, harness.Stub.BotFrameworkKeySetRequests);
    }

    [Fact]
    public async Task Token_signed_by_a_rotated_key_is_accepted_without_a_restart()
    {
        var before = await harness.ValidateBotFrameworkTokenAsync();
        var oldKey = harness.Stub.BotFrameworkKey;

        harness.Stub.RotateKeys();
        var after = await harness.ValidateBotFrameworkTokenAsync();

        Assert.True(before.Succeeded, before.Failure);
        Assert.True(after.Succeeded, after.Failure);
        Assert.NotEqual(oldKey.Kid, harness.Stub.BotFrameworkKey.Kid);
        Assert.Equal(2, harness.Stub.BotFrameworkKeySetRequests);
    }

    [Fact]
    public async Task Withdrawn_key_is_refused_once_the_keys_were_reloaded()
    {
        await harness.ValidateBotFrameworkTokenAsync();
        var oldKey = harness.Stub.BotFrameworkKey;
        harness.Stub.RotateKeys();
        await harness.ValidateBotFrameworkTokenAsync();

        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Key = oldKey);

        Assert.Equal("signing key is not published", result.Failure);
    }

    [Fact]
    public async Task Unknown_key_ids_reload_the_keys_at_most_once_per_refresh_interval()
    {
        await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnpublishedKey);
        await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnpublishedKey);
        var withinInterval = harness.Stub.BotFrameworkKeySetRequests;

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnpublishedKey);

        Assert.Equal(2, withinInterval);
        Assert.Equal(3, harness.Stub.BotFrameworkKeySetRequests);
    }

    [Fact]
    public async Task Cached_keys_stay_in_use_when_a_reload_fails()
    {
        await harness.ValidateBotFrameworkTokenAsync();
        harness.Stub.Available = false;

        var unknownKey = await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnpublishedKey);
        var knownKey = await harness.ValidateBotFrameworkTokenAsync();

        Assert.Equal("signing key is not published", unknownKey.Failure);
        Assert.True(knownKey.Succeeded, knownKey.Failure);
        Assert.Contains(harness.Logs.Lines, line => line.Contains("the cached keys stay in use", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_reports_loaded_keys_when_the_issuer_answers()
    {
        Assert.True(await harness.Validator.SigningKeysLoadedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Readiness_reports_no_keys_while_the_issuer_is_down_and_recovers_after()
    {
        harness.Stub.Available = false;
        var whileDown = await harness.Validator.SigningKeysLoadedAsync(CancellationToken.None);

        harness.Stub.Available = true;
        var afterRecovery = await harness.Validator.SigningKeysLoadedAsync(CancellationToken.None);

        Assert.False(whileDown);
        Assert.True(afterRecovery);
    }

    [Fact]
    public async Task Validation_fails_loudly_when_keys_were_never_loadable()
    {
        harness.Stub.Available = false;

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.ValidateBotFrameworkTokenAsync());
    }
}
