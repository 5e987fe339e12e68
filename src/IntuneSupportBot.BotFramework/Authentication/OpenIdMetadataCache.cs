using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// OpenID configuration and signing keys per metadata URL. The library's manager refreshes on its own schedule;
/// <see cref="ReloadAsync"/> adds a rate-limited reload for a token signed by a key we have not seen, so a key
/// rotation is picked up on the first request that needs it.
/// </summary>
public sealed class OpenIdMetadataCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<OpenIdMetadataCache> logger)
{
    public const string HttpClientName = "IntuneSupportBot.OpenIdMetadata";

    private readonly ConcurrentDictionary<string, Source> sources = new(StringComparer.Ordinal);

    /// <summary>The cached configuration; throws <see cref="InvalidOperationException"/> when it was never loadable.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken ct) =>
        SourceFor(metadataUrl).Manager.GetConfigurationAsync(ct);

    /// <summary>
    /// Loads the configuration again unless that was done less than
    /// <see cref="BotOptions.SigningKeyRefreshInterval"/> ago; on failure the cached configuration stays.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> ReloadAsync(string metadataUrl, CancellationToken ct)
    {
        var source = SourceFor(metadataUrl);
        await source.Gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (now - source.LastReload < options.Value.SigningKeyRefreshInterval)
            {
                return await source.Manager.GetConfigurationAsync(ct);
            }

            source.LastReload = now;
            // A new manager's first read is a blocking fetch; the library's own RequestRefresh would refresh in the
            // background and leave this request with the old keys.
            var fresh = CreateManager(metadataUrl);
            try
            {
                var configuration = await fresh.GetConfigurationAsync(ct);
                source.Manager = fresh;
                BotAuthenticationLog.SigningKeysReloaded(logger, metadataUrl, configuration.SigningKeys.Count);
                return configuration;
            }
            catch (InvalidOperationException exception)
            {
                BotAuthenticationLog.SigningKeyReloadFailed(logger, metadataUrl, exception);
                return await source.Manager.GetConfigurationAsync(ct);
            }
        }
        finally
        {
            source.Gate.Release();
        }
    }

    private Source SourceFor(string metadataUrl) =>
        sources.GetOrAdd(metadataUrl, url => new Source(CreateManager(url)));

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl)
    {
        // Plain http is allowed only for loopback metadata, which is what local stand-ins serve.
        var requireHttps = !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && uri.IsLoopback);
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpClientFactoryDocumentRetriever(httpClientFactory, requireHttps));
    }

    private sealed class Source(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        public volatile ConfigurationManager<OpenIdConnectConfiguration> Manager = manager;
        public readonly SemaphoreSlim Gate = new(1, 1);
        public DateTimeOffset LastReload = DateTimeOffset.MinValue;
    }
}
