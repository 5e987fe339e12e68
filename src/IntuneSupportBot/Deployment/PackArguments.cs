using System.Text.RegularExpressions;

namespace IntuneSupportBot.Deployment;

/// <summary>What the operator asked <c>pack</c> to build, already checked.</summary>
internal sealed partial record PackArguments(
    Guid AppId,
    string Domain,
    string Version,
    string? ManifestDirectory,
    string OutputPath,
    string DeveloperName,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsUrl)
{
    public const string Usage = """
        Usage: pack --app-id <guid> --domain <host> [options]

          --app-id <guid>          Bot app id (Entra app registration or managed identity client id)
          --domain <host>          Host name the bot runs on, without https:// (e.g. isb-abc.azurewebsites.net)
          --version <x.y.z>        App package version; raise it for every upload (default 1.0.0)
          --manifest-dir <path>    Folder with manifest.json (default: ./manifest, or manifest/ next to IntuneSupportBot.sln)
          --out <path>             Zip to write (default app.zip)
          --developer-name <text>  Publisher shown in Teams, at most 32 characters (default "IT Support")
          --website-url <url>      https URL of your support page (default https://<domain>/)
          --privacy-url <url>      https URL of your privacy statement (default: the website URL)
          --terms-url <url>        https URL of your terms of use (default: the website URL)
        """;

    private const int DeveloperNameMaxLength = 32;

    /// <summary>Parses the arguments after <c>pack</c>; <paramref name="error"/> explains a refusal.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out PackArguments? parsed, out string error)
    {
        parsed = null;
        if (!TryReadOptions(args, out var options, out error))
        {
            return false;
        }

        if (!options.TryGetValue("--app-id", out var appIdText) || !Guid.TryParseExact(appIdText, "D", out var appId) || appId == Guid.Empty)
        {
            error = $"--app-id must be the bot's app id as a GUID like 00000000-0000-0000-0000-000000000000 (got '{appIdText}').";
            return false;
        }

        if (!options.TryGetValue("--domain", out var domain) || !IsHostName(domain))
        {
            error = $"--domain must be a host name without scheme, port or path, e.g. isb-abc.azurewebsites.net (got '{domain}').";
            return false;
        }

        domain = domain.ToLowerInvariant();
        var version = options.GetValueOrDefault("--version", "1.0.0");
        if (!SemVer().IsMatch(version))
        {
            error = $"--version must be MAJOR.MINOR.PATCH, e.g. 1.0.3 (got '{version}').";
            return false;
        }

        var developerName = options.GetValueOrDefault("--developer-name", "IT Support").Trim();
        if (developerName.Length is 0 or > DeveloperNameMaxLength)
        {
            error = $"--developer-name must be 1 to {DeveloperNameMaxLength} characters (got {developerName.Length}).";
            return false;
        }

        if (!TryHttpsUrl(options, "--website-url", $"https://{domain}/", out var website, out error)
            || !TryHttpsUrl(options, "--privacy-url", website.AbsoluteUri, out var privacy, out error)
            || !TryHttpsUrl(options, "--terms-url", website.AbsoluteUri, out var terms, out error))
        {
            return false;
        }

        parsed = new PackArguments(
            appId,
            domain,
            version,
            options.GetValueOrDefault("--manifest-dir"),
            options.GetValueOrDefault("--out", "app.zip"),
            developerName,
            website,
            privacy,
            terms);
        return true;
    }

    private static readonly HashSet<string> KnownOptions =
    [
        "--app-id", "--domain", "--version", "--manifest-dir", "--out",
        "--developer-name", "--website-url", "--privacy-url", "--terms-url",
    ];

    private static bool TryReadOptions(IReadOnlyList<string> args, out Dictionary<string, string> options, out string error)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        error = string.Empty;
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!KnownOptions.Contains(name))
            {
                error = $"Unknown argument '{name}'.";
                return false;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{name} needs a value.";
                return false;
            }

            if (!options.TryAdd(name, args[i + 1]))
            {
                error = $"{name} is given twice.";
                return false;
            }
        }

        return true;
    }

    private static bool IsHostName(string value) =>
        !value.Contains("://", StringComparison.Ordinal)
        && Uri.CheckHostName(value) == UriHostNameType.Dns
        && value.Contains('.', StringComparison.Ordinal);

    private static bool TryHttpsUrl(Dictionary<string, string> options, string name, string fallback, out Uri url, out string error)
    {
        var text = options.GetValueOrDefault(name, fallback);
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps)
        {
            url = parsed;
            error = string.Empty;
            return true;
        }

        url = new Uri(fallback);
        error = $"{name} must be an absolute https:// URL (got '{text}').";
        return false;
    }

    // The Teams manifest's own semver rule: three numbers, no pre-release suffix.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();
}
