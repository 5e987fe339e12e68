using System.Net.Http.Headers;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Attaches the bot token to each attempt. It re-checks the host itself so that no code path, not even a
/// mis-built request, can hand the token to a host outside the trusted list.
/// </summary>
internal sealed class ConnectorAuthHandler(ConnectorTokenProvider tokens, ServiceUrlPolicy policy) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !policy.IsTrusted(uri))
        {
            throw new UntrustedServiceUrlException(request.RequestUri?.Host ?? "(none)");
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
