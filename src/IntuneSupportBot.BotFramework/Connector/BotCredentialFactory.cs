using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using IntuneSupportBot.BotFramework.Authentication;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>Builds the credential that obtains the outbound Bot Connector token for the configured app type.</summary>
public static class BotCredentialFactory
{
    /// <summary>Multi-tenant bots get their token from the Bot Framework's own tenant, not the customer's.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public static TokenCredential Create(BotOptions options)
    {
        if (options.IsLocalMode)
        {
            throw new InvalidOperationException("Bot:AppId is empty (local mode); local mode sends no Bot Connector token.");
        }

        var appId = options.AppId!;
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }

        var tenant = AuthorityTenant(options);
        var authorityHost = new Uri(options.AuthorityHost);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificateOptions = new ClientCertificateCredentialOptions { AuthorityHost = authorityHost };
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(tenant, appId, options.CertificatePath, certificateOptions)
                : new ClientCertificateCredential(
                    tenant,
                    appId,
                    X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword),
                    certificateOptions);
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(tenant, appId, options.ClientSecret, new ClientSecretCredentialOptions { AuthorityHost = authorityHost });
        }

        throw new InvalidOperationException("Bot:ClientSecret or Bot:CertificatePath is required when Bot:AppId is set and Bot:AppType is not UserAssignedMSI.");
    }

    /// <summary>The tenant whose authority issues the token (a single-tenant app is unknown to botframework.com).</summary>
    public static string AuthorityTenant(BotOptions options) => options.AppType switch
    {
        BotAppType.MultiTenant => MultiTenantAuthority,
        _ when !string.IsNullOrWhiteSpace(options.TenantId) => options.TenantId,
        _ => throw new InvalidOperationException($"Bot:TenantId is required for a {options.AppType} bot."),
    };
}
