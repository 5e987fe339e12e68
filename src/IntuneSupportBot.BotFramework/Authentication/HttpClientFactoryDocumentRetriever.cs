using Microsoft.IdentityModel.Protocols;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// Fetches metadata documents with a fresh client from <see cref="IHttpClientFactory"/> per call, so the long-lived
/// configuration managers still get the factory's handler rotation (DNS changes) and its configuration.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(OpenIdMetadataCache.HttpClientName))
        {
            RequireHttps = requireHttps,
        };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
