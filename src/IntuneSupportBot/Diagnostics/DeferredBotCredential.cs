using Azure.Core;
using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// The bot's own credential (<see cref="BotCredentialFactory"/>), built on first use rather than when the host is
/// built: the host resolves it while starting, so an incomplete identity would otherwise stop <c>doctor</c> before
/// it could say what is missing.
/// </summary>
internal sealed class DeferredBotCredential(IOptions<BotOptions> options) : TokenCredential
{
    private readonly Lazy<TokenCredential> credential = new(() => BotCredentialFactory.Create(options.Value));

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        credential.Value.GetToken(requestContext, cancellationToken);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        credential.Value.GetTokenAsync(requestContext, cancellationToken);
}
