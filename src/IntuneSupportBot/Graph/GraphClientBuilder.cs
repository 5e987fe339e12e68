using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace IntuneSupportBot.Graph;

/// <summary>The Graph client: default Graph middleware (retry on 429/503/504 honouring Retry-After, redirects, compression).</summary>
internal static class GraphClientBuilder
{
    public static GraphServiceClient Build(DirectoryOptions options, TokenCredential credential)
    {
        // Explicit scopes: otherwise they are derived from the request host. Allowed host: the token never leaves for another one.
        var authentication = new AzureIdentityAuthenticationProvider(
            credential, [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: true, scopes: [.. options.EffectiveScopes]);
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers());
        return new GraphServiceClient(http, authentication, options.BaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    public static TokenCredential CreateCredential(DirectoryOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        return !string.IsNullOrWhiteSpace(options.CertificatePath)
            ? new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath)
            : new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }

    public static string CredentialKind(DirectoryOptions options) =>
        !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? "managed identity"
        : !string.IsNullOrWhiteSpace(options.CertificatePath) ? "certificate"
        : "client secret";
}
