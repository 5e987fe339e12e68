using System.Security.Claims;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> may run a turn (protocol.md 3.1-3.3, 3.5): a Bot Connector
/// token, or an Entra token from the bot's own tenant, signed by a published key, for this bot, for this activity.
/// </summary>
/// <remarks>
/// A refusal is a result; an outage of the metadata endpoint before any keys were ever loaded is an
/// <see cref="InvalidOperationException"/>, so the channel sees a server error and retries.
/// </remarks>
public sealed class BotTokenValidator(
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotTokenValidator> logger,
    OpenIdMetadataCache metadata)
{
    private const string BearerPrefix = "Bearer ";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<BotAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await ValidateCoreAsync(authorizationHeader, activity, options.Value, ct);
        if (!result.Succeeded)
        {
            BotAuthenticationLog.RequestRefused(logger, result.Failure ?? "unknown");
        }

        return result;
    }

    /// <summary>Whether the Bot Connector's signing keys can be loaded; for a readiness probe.</summary>
    public async Task<bool> SigningKeysLoadedAsync(CancellationToken ct)
    {
        var url = options.Value.BotFrameworkOpenIdMetadataUrl;
        try
        {
            var configuration = await metadata.GetAsync(url, ct);
            return configuration.SigningKeys.Count > 0;
        }
        catch (InvalidOperationException exception)
        {
            BotAuthenticationLog.SigningKeysUnavailable(logger, url, exception);
            return false;
        }
    }

    private async Task<BotAuthenticationResult> ValidateCoreAsync(string? header, Activity activity, BotOptions bot, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(header))
        {
            // Local mode (no app id) runs unauthenticated turns; the host keeps that mode on loopback.
            return bot.IsLocalMode ? BotAuthenticationResult.Success(new ClaimsIdentity()) : Refused("no Authorization header");
        }

        if (bot.IsLocalMode)
        {
            return Refused("a token was sent but the bot has no app id to validate it against");
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return Refused("Authorization scheme is not Bearer");
        }

        var token = header[BearerPrefix.Length..];
        if (ReadJwt(token) is not { } jwt)
        {
            return Refused("bearer value is not a JWT");
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return Refused("signing algorithm is not allowed");
        }

        var route = TokenRoute.ForIssuer(jwt.Issuer, bot);
        if (route is null)
        {
            return Refused("issuer is not trusted");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return Refused("token names no signing key");
        }

        var configuration = await metadata.GetAsync(route.MetadataUrl, ct);
        if (FindKey(configuration, jwt.Kid) is null)
        {
            configuration = await metadata.ReloadAsync(route.MetadataUrl, ct);
        }

        if (FindKey(configuration, jwt.Kid) is not { } publishedKey)
        {
            return Refused("signing key is not published");
        }

        var validation = await handler.ValidateTokenAsync(token, Parameters(route, bot, configuration, jwt.Kid));
        if (!validation.IsValid)
        {
            return Refused(Describe(validation.Exception));
        }

        var refusal = route.IsBotConnector
            ? CheckBotConnectorToken(jwt, publishedKey, activity)
            : CheckEntraToken(jwt, activity, bot);
        return refusal is null ? BotAuthenticationResult.Success(validation.ClaimsIdentity) : Refused(refusal);
    }

    private JsonWebToken? ReadJwt(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            // CanReadToken only checks the shape; undecodable segments surface here as SecurityTokenMalformedException.
            return null;
        }
    }

    private TokenValidationParameters Parameters(TokenRoute route, BotOptions bot, OpenIdConnectConfiguration configuration, string kid)
    {
        var appId = bot.AppId!;
        return new TokenValidationParameters
        {
            ValidIssuers = route.ValidIssuers,
            ValidAudiences = [appId, $"api://{appId}", $"api://botid-{appId}"],
            IssuerSigningKeys = configuration.SigningKeys.Where(key => key.KeyId == kid).ToList(),
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = bot.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => CheckLifetime(notBefore, expires, bot.ClockSkew),
        };
    }

    // The library reads the wall clock; the bot has one clock, the TimeProvider.
    private bool CheckLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore > now + skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        }

        if (expires < now - skew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }

    private static string? CheckBotConnectorToken(JsonWebToken jwt, JsonWebKey key, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorses(activity.ChannelId))
        {
            return "signing key is not endorsed for the activity's channel";
        }

        return jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            ? CheckServiceUrl(serviceUrl, activity)
            : "token has no serviceurl claim";
    }

    private static string? CheckEntraToken(JsonWebToken jwt, Activity activity, BotOptions bot)
    {
        if (!jwt.TryGetPayloadValue<string>("tid", out var tenant) || !string.Equals(tenant, bot.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "tid claim does not match the issuer's tenant";
        }

        var caller = jwt.TryGetPayloadValue<string>("azp", out var azp) ? azp
            : jwt.TryGetPayloadValue<string>("appid", out var appid) ? appid
            : null;
        if (caller is null || !(string.Equals(caller, bot.AppId, StringComparison.OrdinalIgnoreCase)
                || bot.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase)))
        {
            return "calling app is not allowed";
        }

        // Entra tokens need not carry serviceurl; when one does, it must still match.
        return jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) ? CheckServiceUrl(serviceUrl, activity) : null;
    }

    private static string? CheckServiceUrl(string claimed, Activity activity) =>
        activity.ServiceUrl is { } actual
            && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim does not match the activity's serviceUrl";

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(key => key.Kid == kid);

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token has expired",
        SecurityTokenNotYetValidException => "token is not valid yet",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "audience is not this bot",
        SecurityTokenInvalidIssuerException => "issuer is not trusted",
        SecurityTokenInvalidAlgorithmException => "signing algorithm is not allowed",
        SecurityTokenSignatureKeyNotFoundException => "signing key is not published",
        SecurityTokenInvalidSignatureException => "signature is invalid",
        null => "token is invalid",
        _ => $"token is invalid ({exception.GetType().Name})",
    };

    private static BotAuthenticationResult Refused(string reason) => BotAuthenticationResult.Refused(reason);
}
