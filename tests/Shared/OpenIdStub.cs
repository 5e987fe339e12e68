using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntuneSupportBot.Testing;

/// <summary>
/// A local stand-in for the Bot Framework token issuer and for Entra, served by Kestrel on 127.0.0.1: OpenID
/// configuration documents and JWKS (with the Bot Framework's per-key <c>endorsements</c>), plus token minting with
/// the keys it publishes. Times come from the given <see cref="TimeProvider"/>, so tokens line up with a fake clock.
/// </summary>
public sealed class OpenIdStub : IAsyncDisposable
{
    private const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string BotFrameworkPath = "/botframework/v1/.well-known";

    private readonly WebApplication app;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly List<OpenIdTestKey> retiredKeys = [];
    private int botFrameworkKeySetRequests;

    private OpenIdStub(WebApplication app, TimeProvider time)
    {
        this.app = app;
        this.time = time;
    }

    /// <summary>Bot Framework-style metadata: <c>…/openidconfiguration</c> whose <c>jwks_uri</c> is on this stub.</summary>
    public string MetadataUrl => $"{BaseUrl}{BotFrameworkPath}/openidconfiguration";

    /// <summary>Entra-style metadata with a <c>{tenant}</c> placeholder, as <c>BotOptions.EntraOpenIdMetadataUrl</c> takes it.</summary>
    public string EntraMetadataUrlTemplate => $"{BaseUrl}/{{tenant}}/v2.0/.well-known/openid-configuration";

    public string Issuer => BotFrameworkIssuer;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The key Bot Framework tokens are signed with; replaced by <see cref="RotateKeys"/>.</summary>
    public OpenIdTestKey BotFrameworkKey { get; private set; } = new($"bf-{Guid.NewGuid():N}", "msteams", "webchat", "directline");

    /// <summary>Published in the Bot Framework JWKS, but endorsed only for <c>webchat</c>, not for Teams.</summary>
    public OpenIdTestKey UnendorsedKey { get; } = new($"bf-webchat-{Guid.NewGuid():N}", "webchat");

    /// <summary>A key no JWKS of this stub publishes.</summary>
    public OpenIdTestKey UnpublishedKey { get; } = new($"unpublished-{Guid.NewGuid():N}", "msteams");

    /// <summary>The key of the Entra JWKS (same for every tenant, as with Entra).</summary>
    public OpenIdTestKey EntraKey { get; } = new($"entra-{Guid.NewGuid():N}");

    /// <summary>When false every endpoint answers 503, as an issuer outage would.</summary>
    public bool Available { get; set; } = true;

    /// <summary>How many times the Bot Framework JWKS was fetched.</summary>
    public int BotFrameworkKeySetRequests => Volatile.Read(ref botFrameworkKeySetRequests);

    /// <summary>Configuration values (section <c>Bot</c>) that point the bot's options at this stub.</summary>
    public IReadOnlyDictionary<string, string?> BotConfiguration => new Dictionary<string, string?>
    {
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = MetadataUrl,
        ["Bot:BotFrameworkIssuer"] = Issuer,
        ["Bot:EntraOpenIdMetadataUrl"] = EntraMetadataUrlTemplate,
    };

    public static async Task<OpenIdStub> StartAsync(TimeProvider? time = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new OpenIdStub(builder.Build(), time ?? TimeProvider.System);
        stub.MapEndpoints();
        await stub.app.StartAsync(ct);
        stub.BaseUrl = stub.app.Urls.Single();
        return stub;
    }

    /// <summary>A Bot Connector token as Teams sends it: issuer, audience = app id, <c>serviceurl</c>, valid for an hour.</summary>
    public string IssueBotFrameworkToken(string appId, string serviceUrl, Action<TokenShape>? tweak = null)
    {
        var now = time.GetUtcNow();
        var shape = new TokenShape
        {
            Issuer = Issuer,
            Audience = appId,
            Key = BotFrameworkKey,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            ServiceUrl = serviceUrl,
        };
        return Issue(shape, tweak);
    }

    /// <summary>An Entra v2 app token from <paramref name="tenantId"/>: <c>azp</c> = caller, <c>tid</c>, <c>ver</c> 2.0.</summary>
    public string IssueEntraToken(string tenantId, string callerAppId, string audience, Action<TokenShape>? tweak = null)
    {
        var now = time.GetUtcNow();
        var shape = new TokenShape
        {
            Issuer = $"https://login.microsoftonline.com/{tenantId}/v2.0",
            Audience = audience,
            Key = EntraKey,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
        };
        shape.Claims["tid"] = tenantId;
        shape.Claims["azp"] = callerAppId;
        shape.Claims["ver"] = "2.0";
        return Issue(shape, tweak);
    }

    /// <summary>Publishes a new Bot Framework signing key and withdraws the current one, as a key rollover does.</summary>
    public OpenIdTestKey RotateKeys()
    {
        retiredKeys.Add(BotFrameworkKey);
        BotFrameworkKey = new OpenIdTestKey($"bf-{Guid.NewGuid():N}", "msteams", "webchat", "directline");
        return BotFrameworkKey;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        foreach (var key in retiredKeys.Append(BotFrameworkKey).Append(UnendorsedKey).Append(UnpublishedKey).Append(EntraKey))
        {
            key.Dispose();
        }
    }

    private string Issue(TokenShape shape, Action<TokenShape>? tweak)
    {
        tweak?.Invoke(shape);
        var claims = new Dictionary<string, object>(shape.Claims, StringComparer.Ordinal);
        if (shape.ServiceUrl is not null)
        {
            claims["serviceurl"] = shape.ServiceUrl;
        }

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = shape.Issuer,
            Audience = shape.Audience,
            IssuedAt = shape.IssuedAt.UtcDateTime,
            NotBefore = shape.NotBefore.UtcDateTime,
            Expires = shape.Expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(shape.Key.SecurityKey, shape.Algorithm),
        });
        return shape.CorruptSignature ? WithCorruptSignature(token) : token;
    }

    // Changing the first signature character changes the first decoded byte while staying valid base64url.
    private static string WithCorruptSignature(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var replacement = token[signatureStart] == 'A' ? 'B' : 'A';
        return string.Concat(token.AsSpan(0, signatureStart), [replacement], token.AsSpan(signatureStart + 1));
    }

    private void MapEndpoints()
    {
        app.Use(async (context, next) =>
        {
            if (!Available)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });

        app.MapGet($"{BotFrameworkPath}/openidconfiguration", () => Json(Configuration(Issuer, $"{BaseUrl}{BotFrameworkPath}/keys")));
        app.MapGet($"{BotFrameworkPath}/keys", () =>
        {
            Interlocked.Increment(ref botFrameworkKeySetRequests);
            return Json(KeySet(BotFrameworkKey, UnendorsedKey));
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Json(Configuration($"https://login.microsoftonline.com/{tenant}/v2.0", $"{BaseUrl}/{tenant}/discovery/v2.0/keys")));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => Json(KeySet(EntraKey)));
    }

    private static JsonObject Configuration(string issuer, string jwksUri) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private static JsonObject KeySet(params OpenIdTestKey[] keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Select(key => key.ToPublicJwk())]) };

    private static IResult Json(JsonObject document) => Results.Text(document.ToJsonString(), "application/json");
}
