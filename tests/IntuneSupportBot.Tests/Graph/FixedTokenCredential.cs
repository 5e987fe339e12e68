using System.Collections.Concurrent;
using Azure.Core;

namespace IntuneSupportBot.Tests.Graph;

/// <summary>A credential that hands out one known token and remembers the scopes it was asked for.</summary>
internal sealed class FixedTokenCredential(string token) : TokenCredential
{
    private readonly ConcurrentQueue<string[]> requestedScopes = new();

    public IReadOnlyList<string[]> RequestedScopes => [.. requestedScopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        requestedScopes.Enqueue(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
