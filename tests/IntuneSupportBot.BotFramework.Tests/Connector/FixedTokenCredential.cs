using Azure.Core;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

/// <summary>
/// Test input standing in for Entra (unreachable from here): always issues the same token with a known lifetime
/// and counts how often it was asked, so the tests can see what the client does with the token it gets.
/// </summary>
internal sealed class FixedTokenCredential(string token, TimeProvider time, TimeSpan lifetime) : TokenCredential
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public string[] LastScopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        LastScopes = requestContext.Scopes;
        return new AccessToken(token, time.GetUtcNow() + lifetime);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
