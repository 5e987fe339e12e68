using System.Text.RegularExpressions;

namespace IntuneSupportBot.Knowledge;

/// <summary>Turns one catalog entry into a <see cref="KnownIssue"/>, refusing it with its id when a field is wrong.</summary>
internal static partial class KnownIssueValidator
{
    public static KnownIssue ToKnownIssue(KnownIssueEntry? entry, int index)
    {
        var name = entry?.Id is { Length: > 0 } id ? $"'{id}' (entry {index})" : $"entry {index}";
        if (entry is null)
        {
            throw Bad(name, "is null");
        }

        if (entry.Id is null || !IdPattern().IsMatch(entry.Id))
        {
            throw Bad(name, "needs an id of lower-case letters, digits and dashes");
        }

        if (!CatalogVocabulary.TryParsePlatform(entry.Platform, out var platform) || platform == DevicePlatform.Unknown)
        {
            throw Bad(name, $"has an unknown platform '{entry.Platform}'");
        }

        if (!CatalogVocabulary.TryParseMethod(entry.Method, out var method) || method == EnrollmentMethod.Unknown)
        {
            throw Bad(name, $"has an unknown method '{entry.Method}'");
        }

        var codes = new List<string>();
        foreach (var code in entry.Codes ?? [])
        {
            if (code is null || !CodePattern().IsMatch(code))
            {
                throw Bad(name, $"has the code '{code}', which is not lower-case hex with 0x and 8 digits");
            }

            codes.Add(code);
        }

        WhoCanFix whoCanFix = entry.WhoCanFix switch
        {
            "user" => WhoCanFix.User,
            "helpdesk" => WhoCanFix.Helpdesk,
            "intune-admin" => WhoCanFix.IntuneAdmin,
            "microsoft" => WhoCanFix.Microsoft,
            _ => throw Bad(name, $"has an unknown whoCanFix '{entry.WhoCanFix}'"),
        };

        if (entry.SuggestedTier is < 1 or > 4)
        {
            throw Bad(name, $"has suggestedTier {entry.SuggestedTier}, expected 1 to 4");
        }

        return new KnownIssue(
            entry.Id,
            platform,
            method,
            codes,
            List(entry.Keywords, name, "keywords"),
            Text(entry.Title, name, "title"),
            Text(entry.Cause, name, "cause"),
            List(entry.Steps, name, "steps"),
            whoCanFix,
            entry.SuggestedTier,
            entry.SelfServiceable,
            entry.Source ?? "");
    }

    private static LocalizedText Text(LocalizedTextEntry? text, string name, string field)
    {
        if (string.IsNullOrWhiteSpace(text?.En) || string.IsNullOrWhiteSpace(text.Ko))
        {
            throw Bad(name, $"needs {field} in both \"en\" and \"ko\"");
        }

        return new LocalizedText(text.En, text.Ko);
    }

    private static LocalizedList List(LocalizedListEntry? list, string name, string field)
    {
        if (list?.En is not { Count: > 0 } en || list.Ko is not { Count: > 0 } ko)
        {
            throw Bad(name, $"needs {field} in both \"en\" and \"ko\"");
        }

        if (en.Concat(ko).Any(string.IsNullOrWhiteSpace))
        {
            throw Bad(name, $"has an empty text in {field}");
        }

        return new LocalizedList([.. en.Select(text => text!)], [.. ko.Select(text => text!)]);
    }

    private static KnownIssueCatalogException Bad(string name, string problem) =>
        new($"Known issue {name} {problem}.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^0x[0-9a-f]{8}$")]
    private static partial Regex CodePattern();
}
