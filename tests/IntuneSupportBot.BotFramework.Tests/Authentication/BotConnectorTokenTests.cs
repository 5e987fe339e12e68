using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.IdentityModel.Tokens;
using static IntuneSupportBot.BotFramework.Tests.Authentication.AuthenticationHarness;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

public sealed class BotConnectorTokenTests : IAsyncLifetime
{
    private AuthenticationHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Valid_Bot_Connector_token_is_accepted()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync();

        Assert.True(result.Succeeded, result.Failure);
        Assert.Null(result.Failure);
        Assert.NotNull(result.Identity);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData("api://" + AppId)]
    [InlineData("api://botid-" + AppId)]
    public async Task Audience_in_application_id_uri_form_is_accepted(string audience)
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Audience = audience);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Request_without_Authorization_header_is_refused()
    {
        var result = await harness.ValidateAsync(null);

        AssertRefused(result, "no Authorization header");
    }

    [Theory]
    [InlineData("Bearer ")]
    [InlineData("Bearer not.a-token")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24.c2lnbmF0dXJl")]
    [InlineData("Bearer e30.e30")]
    public async Task Malformed_bearer_value_is_refused(string header)
    {
        var result = await harness.ValidateAsync(header);

        AssertRefused(result, "bearer value is not a JWT");
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("bearer")]
    [InlineData("Token")]
    public async Task Scheme_other_than_exactly_Bearer_is_refused(string scheme)
    {
        var token = harness.Stub.IssueBotFrameworkToken(AppId, ServiceUrl);

        var result = await harness.ValidateAsync($"{scheme} {token}");

        AssertRefused(result, "Authorization scheme is not Bearer");
    }

    [Fact]
    public async Task Token_with_a_corrupted_signature_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.CorruptSignature = true);

        AssertRefused(result, "signature is invalid");
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnpublishedKey);

        AssertRefused(result, "signing key is not published");
    }

    [Fact]
    public async Task Token_signed_with_an_algorithm_outside_RS256_RS384_RS512_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Algorithm = SecurityAlgorithms.RsaSsaPssSha256);

        AssertRefused(result, "signing algorithm is not allowed");
    }

    [Fact]
    public async Task Token_signed_with_RS512_is_accepted()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Algorithm = SecurityAlgorithms.RsaSha512);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = harness.Time.GetUtcNow();
        var result = await harness.ValidateBotFrameworkTokenAsync(token =>
        {
            token.IssuedAt = token.NotBefore = now.AddHours(-2);
            token.Expires = now.AddHours(-1);
        });

        AssertRefused(result, "token has expired");
    }

    [Fact]
    public async Task Token_that_is_not_valid_yet_is_refused()
    {
        var now = harness.Time.GetUtcNow();
        var result = await harness.ValidateBotFrameworkTokenAsync(token =>
        {
            token.IssuedAt = token.NotBefore = now.AddMinutes(30);
            token.Expires = now.AddHours(2);
        });

        AssertRefused(result, "token is not valid yet");
    }

    [Fact]
    public async Task Token_that_expired_four_minutes_ago_is_accepted_within_the_clock_skew()
    {
        var token = harness.Stub.IssueBotFrameworkToken(AppId, ServiceUrl);
        harness.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Token_that_expired_six_minutes_ago_is_refused()
    {
        var token = harness.Stub.IssueBotFrameworkToken(AppId, ServiceUrl);
        harness.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        var result = await harness.ValidateAsync($"Bearer {token}");

        AssertRefused(result, "token has expired");
    }

    [Fact]
    public async Task Token_valid_from_four_minutes_ahead_is_accepted_within_the_clock_skew()
    {
        var now = harness.Time.GetUtcNow();
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.IssuedAt = token.NotBefore = now.AddMinutes(4));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Token_valid_from_six_minutes_ahead_is_refused()
    {
        var now = harness.Time.GetUtcNow();
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.IssuedAt = token.NotBefore = now.AddMinutes(6));

        AssertRefused(result, "token is not valid yet");
    }

    [Fact]
    public async Task Token_from_an_untrusted_issuer_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Issuer = "https://api.botframework.example");

        AssertRefused(result, "issuer is not trusted");
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Audience = "8c7d6e5f-0000-4000-8000-000000000000");

        AssertRefused(result, "audience is not this bot");
    }

    [Fact]
    public async Task Token_signed_by_a_key_not_endorsed_for_the_channel_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnendorsedKey);

        AssertRefused(result, "signing key is not endorsed for the activity's channel");
    }

    [Fact]
    public async Task Key_endorsed_for_the_activity_channel_is_accepted_for_that_channel()
    {
        var webChat = TeamsMessage() with { ChannelId = "webchat" };

        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.Key = harness.Stub.UnendorsedKey, webChat);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Serviceurl_claim_other_than_the_activity_serviceUrl_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.ServiceUrl = "https://smba.trafficmanager.net/amer/");

        AssertRefused(result, "serviceurl claim does not match the activity's serviceUrl");
    }

    [Fact]
    public async Task Token_without_a_serviceurl_claim_is_refused()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(token => token.ServiceUrl = null);

        AssertRefused(result, "token has no serviceurl claim");
    }

    [Fact]
    public async Task Serviceurl_differing_only_in_case_and_trailing_slash_is_accepted()
    {
        var result = await harness.ValidateBotFrameworkTokenAsync(
            token => token.ServiceUrl = "HTTPS://SMBA.trafficmanager.net/emea",
            TeamsMessage("https://smba.trafficmanager.net/emea/"));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Refusal_is_logged_with_its_reason_and_without_the_token()
    {
        var token = harness.Stub.IssueBotFrameworkToken(AppId, ServiceUrl, shape => shape.Audience = "someone-else");

        await harness.ValidateAsync($"Bearer {token}");

        var refusal = Assert.Single(harness.Logs.Lines, line => line.Contains("refused", StringComparison.Ordinal));
        Assert.Contains("audience is not this bot", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    private static void AssertRefused(BotAuthenticationResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(reason, result.Failure);
    }
}
