using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntuneSupportBot.Deployment;

/// <summary>Fills the <c>{{NAME}}</c> placeholders of a manifest JSON file and reports the ones left over.</summary>
internal static partial class ManifestTemplate
{
    public static IReadOnlyDictionary<string, string> Values(PackArguments arguments) => new Dictionary<string, string>
    {
        ["BOT_APP_ID"] = arguments.AppId.ToString("D"),
        ["BOT_DOMAIN"] = arguments.Domain,
        ["APP_VERSION"] = arguments.Version,
        ["DEVELOPER_NAME"] = arguments.DeveloperName,
        ["DEVELOPER_WEBSITE_URL"] = arguments.WebsiteUrl.AbsoluteUri,
        ["DEVELOPER_PRIVACY_URL"] = arguments.PrivacyUrl.AbsoluteUri,
        ["DEVELOPER_TERMS_URL"] = arguments.TermsUrl.AbsoluteUri,
    };

    /// <summary>Replaces known placeholders; values are JSON-escaped because placeholders sit inside JSON strings.</summary>
    public static string Fill(string json, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(json, match => values.TryGetValue(match.Groups["name"].Value, out var value)
            ? JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString()
            : match.Value);

    /// <summary>Every <c>{{…}}</c> still in the text, whatever its spelling, so a typo cannot slip through.</summary>
    public static IReadOnlyList<string> Unfilled(string json) =>
        [.. AnyPlaceholder().Matches(json).Select(match => match.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Null when the text is well-formed JSON, otherwise the parser's complaint.</summary>
    public static string? JsonError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return null;
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    private static partial Regex AnyPlaceholder();
}
