using Azure.Identity;
using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class BotCredentialFactoryTests
{
    [Fact]
    public void A_multi_tenant_bot_gets_its_token_from_the_bot_framework_tenant() =>
        Assert.Equal("botframework.com", BotCredentialFactory.AuthorityTenant(new BotOptions { AppId = "a", TenantId = "contoso", AppType = BotAppType.MultiTenant }));

    [Fact]
    public void A_single_tenant_bot_gets_its_token_from_its_own_tenant() =>
        Assert.Equal("contoso", BotCredentialFactory.AuthorityTenant(new BotOptions { AppId = "a", TenantId = "contoso" }));

    [Fact]
    public void A_single_tenant_bot_without_a_tenant_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotOptions { AppId = "a", ClientSecret = "s" }));

    [Fact]
    public void A_secret_yields_a_client_secret_credential() =>
        Assert.IsType<ClientSecretCredential>(BotCredentialFactory.Create(new BotOptions { AppId = "a", TenantId = "contoso", ClientSecret = "s" }));

    [Fact]
    public void A_user_assigned_identity_yields_a_managed_identity_credential() =>
        Assert.IsType<ManagedIdentityCredential>(BotCredentialFactory.Create(new BotOptions { AppId = "a", TenantId = "contoso", AppType = BotAppType.UserAssignedMSI }));

    [Fact]
    public void An_app_without_secret_or_certificate_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotOptions { AppId = "a", TenantId = "contoso" }));

    [Fact]
    public void Local_mode_has_no_credential() =>
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotOptions()));
}
