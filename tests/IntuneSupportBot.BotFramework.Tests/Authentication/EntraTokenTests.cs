using static IntuneSupportBot.BotFramework.Tests.Authentication.AuthenticationHarness;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

public sealed class EntraTokenTests : IAsyncLifetime
{
    private const string PartnerAppId = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

    private AuthenticationHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync(new Dictionary<string, string?>
    {
        ["Bot:AllowedCallers:0"] = PartnerAppId,
    });

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Entra_v2_token_from_the_bot_itself_in_the_configured_tenant_is_accepted()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, AppId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(TenantId, result.Identity?.FindFirst("tid")?.Value);
    }

    [Fact]
    public async Task Entra_v1_token_in_the_configured_tenant_is_accepted()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, AppId, shape =>
        {
            shape.Issuer = $"https://sts.windows.net/{TenantId}/";
            shape.Claims.Remove("azp");
            shape.Claims["appid"] = AppId;
            shape.Claims["ver"] = "1.0";
        });

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Entra_token_from_another_tenant_is_refused()
    {
        var token = harness.Stub.IssueEntraToken(OtherTenantId, AppId, AppId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("issuer is not trusted", result.Failure);
    }

    [Fact]
    public async Task Entra_token_whose_tid_claim_names_another_tenant_is_refused()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, AppId, shape => shape.Claims["tid"] = OtherTenantId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("tid claim does not match the issuer's tenant", result.Failure);
    }

    [Fact]
    public async Task Entra_token_from_an_app_that_is_not_an_allowed_caller_is_refused()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, "0d0e0f00-1111-4222-8333-444455556666", AppId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("calling app is not allowed", result.Failure);
    }

    [Fact]
    public async Task Entra_token_from_a_configured_allowed_caller_is_accepted()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, PartnerAppId, AppId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Entra_token_for_another_audience_is_refused()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, PartnerAppId);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("audience is not this bot", result.Failure);
    }

    [Fact]
    public async Task Entra_token_signed_by_a_Bot_Framework_key_is_refused()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, AppId, shape => shape.Key = harness.Stub.BotFrameworkKey);

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("signing key is not published", result.Failure);
    }

    [Fact]
    public async Task Entra_token_with_a_serviceurl_claim_must_match_the_activity()
    {
        var token = harness.Stub.IssueEntraToken(TenantId, AppId, AppId, shape => shape.ServiceUrl = "https://smba.trafficmanager.net/apac/");

        var result = await harness.ValidateAsync($"Bearer {token}");

        Assert.False(result.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity's serviceUrl", result.Failure);
    }
}
