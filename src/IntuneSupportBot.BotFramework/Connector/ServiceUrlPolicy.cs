using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Decides which serviceUrls may receive a bot token. Inbound authentication already ties a serviceUrl to a signed
/// token, but an allow-list keeps a stored or forged reference from sending the token anywhere else.
/// </summary>
public sealed class ServiceUrlPolicy
{
    // Trusted serviceUrls are few (regions × tenants), so remembering them saves a parse per call.
    private const int MaxRemembered = 1024;

    private readonly string[] exactHosts;
    private readonly string[] subdomainSuffixes;
    private readonly bool allowAnyLoopback;
    private readonly ConcurrentDictionary<string, string> trustedBases = new(StringComparer.Ordinal);

    public ServiceUrlPolicy(IOptions<BotOptions> options)
    {
        var bot = options.Value;
        var hosts = bot.TrustedServiceUrlHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToArray();
        exactHosts = hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).ToArray();
        subdomainSuffixes = hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..]).ToArray();
        allowAnyLoopback = bot.IsLocalMode;
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        var https = serviceUrl.Scheme == Uri.UriSchemeHttps;
        if (!https && serviceUrl.Scheme != Uri.UriSchemeHttp)
        {
            return false;
        }

        // A token over plain http could be read on the wire; only the local machine is exempt.
        if (serviceUrl.IsLoopback)
        {
            return allowAnyLoopback || HostIsListed(serviceUrl.Host);
        }

        return https && HostIsListed(serviceUrl.Host);
    }

    /// <summary>The serviceUrl without a trailing slash, ready for <c>/v3/…</c>; throws when it is not trusted.</summary>
    internal string GetBaseUrl(string serviceUrl)
    {
        if (trustedBases.TryGetValue(serviceUrl, out var known))
        {
            return known;
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !IsTrusted(uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new UntrustedServiceUrlException(uri?.Host ?? "(not an absolute URL)");
        }

        var trimmed = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (trustedBases.Count < MaxRemembered)
        {
            trustedBases.TryAdd(serviceUrl, trimmed);
        }

        return trimmed;
    }

    private bool HostIsListed(string host)
    {
        foreach (var exact in exactHosts)
        {
            if (string.Equals(host, exact, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var suffix in subdomainSuffixes)
        {
            if (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
