namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity and the Bot Framework endpoints it trusts, bound from the <c>Bot</c> section.
/// No <see cref="AppId"/> means local mode: no inbound authentication (loopback only) and no outbound token.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Entra application (client) id of the bot registration; empty in local mode.</summary>
    public string? AppId { get; set; }

    /// <summary>The Entra tenant of a single-tenant bot or of a user-assigned managed identity.</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>Client secret (from configuration or Key Vault, never from source).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX/PEM client certificate, as an alternative to a secret.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>OpenID metadata of the Bot Connector token issuer.</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra OpenID metadata; <c>{tenant}</c> is replaced by <see cref="TenantId"/>.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Entra authority host used for the outbound token.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Scope of the outbound Bot Connector token.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts a bot token may be sent to; a leading <c>*.</c> allows subdomains.</summary>
    public List<string> TrustedServiceUrlHosts { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
        "*.botframework.com",
    ];

    /// <summary>Allowed clock skew when validating inbound tokens.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// App ids, besides the bot's own, whose Entra-issued tokens (<c>appid</c>/<c>azp</c>) may call the bot.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>
    /// Shortest time between two forced metadata refreshes caused by a token signed with an unknown key, so a
    /// flood of forged key ids cannot turn into a flood of metadata requests.
    /// </summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);
}

public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}
