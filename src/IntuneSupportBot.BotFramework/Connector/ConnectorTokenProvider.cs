using Azure.Core;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Holds the current Bot Connector token and renews it ahead of expiry, one renewal at a time, so a busy bot
/// asks the credential roughly once an hour instead of on every call.
/// </summary>
public sealed class ConnectorTokenProvider(TokenCredential? credential, string scope, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly TokenRequestContext request = new([scope]);
    private readonly SemaphoreSlim renewal = new(1, 1);

    // A reference, not the AccessToken struct, so readers outside the lock never see a half-written token.
    private volatile CachedToken? current;

    /// <summary>False in local mode: calls go out without an Authorization header.</summary>
    public bool IsEnabled => credential is not null;

    /// <summary>The bearer token, or null in local mode.</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken ct)
    {
        if (credential is null)
        {
            return null;
        }

        if (current is { } fresh && time.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Token;
        }

        await renewal.WaitAsync(ct);
        try
        {
            if (current is { } renewed && time.GetUtcNow() < renewed.RenewAt)
            {
                return renewed.Token;
            }

            var token = await credential.GetTokenAsync(request, ct);
            current = new CachedToken(token.Token, token.RefreshOn ?? token.ExpiresOn - RenewBeforeExpiry);
            return token.Token;
        }
        finally
        {
            renewal.Release();
        }
    }

    public void Dispose() => renewal.Dispose();

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);
}
