using IntuneSupportBot.Testing;
using System.Collections.Concurrent;
using Azure.Core;

namespace IntuneSupportBot.Testing;

/// <summary>
/// Test input standing in for Entra, which cannot be reached from here: always issues the same token with a
/// known lifetime, and remembers how often and for which scopes it was asked, so tests can see where it went.
/// </summary>
internal sealed class FixedTokenCredential(string token, TimeProvider? time = null, TimeSpan? lifetime = null) : TokenCredential
{
    private readonly ConcurrentQueue<string[]> requestedScopes = new();

    public int Calls => requestedScopes.Count;

    public IReadOnlyList<string[]> RequestedScopes => [.. requestedScopes];

    public string[] LastScopes => requestedScopes.LastOrDefault() ?? [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        requestedScopes.Enqueue(requestContext.Scopes);
        return new AccessToken(token, (time ?? TimeProvider.System).GetUtcNow() + (lifetime ?? TimeSpan.FromHours(1)));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
