using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace IntuneSupportBot.Playground;

/// <summary>
/// Direct Line tokens: opaque, each bound to one requester's conversation, valid for 30 minutes, refreshable while
/// valid (Web Chat refreshes every 15 minutes).
/// </summary>
public sealed class DirectLineTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, DirectLineGrant> grants = new(StringComparer.Ordinal);

    public DirectLineGrant Issue(string conversationId, string requesterId)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in grants.Where(grant => grant.Value.Expires <= now))
        {
            grants.TryRemove(expired);
        }
        var grant = new DirectLineGrant(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), conversationId, requesterId, now + Lifetime);
        grants[grant.Token] = grant;
        return grant;
    }

    /// <summary>The grant of a valid bearer token; null when the header is missing, unknown or expired.</summary>
    public DirectLineGrant? Validate(string? authorization)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return grants.TryGetValue(authorization[Bearer.Length..].Trim(), out var grant) && grant.Expires > clock.GetUtcNow() ? grant : null;
    }
}

public sealed record DirectLineGrant(string Token, string ConversationId, string RequesterId, DateTimeOffset Expires);
