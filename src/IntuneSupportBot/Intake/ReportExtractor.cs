using System.Globalization;
using System.Text.RegularExpressions;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Reads what a free-text message (Korean or English, however messy) already says about an enrollment problem.
/// Secrets are masked first, so the report never holds them.
/// </summary>
public static partial class ReportExtractor
{
    public static IntakeReport Extract(string message, string? locale = null)
    {
        var masked = SensitiveDataMasker.MaskText(message);
        var text = TextForms.Of(masked.Text);
        var codes = ErrorCodeExtractor.Extract(text.Folded);
        var named = NamedPlatform(text);
        var method = FindMethod(text, named);
        var platform = named != DevicePlatform.Unknown ? named : InferPlatform(text, method);
        return new IntakeReport
        {
            Text = masked.Text,
            Language = LanguageOf(locale, masked.Text),
            Platform = platform,
            PlatformGuessed = named == DevicePlatform.Unknown && method == EnrollmentMethod.Unknown && platform != DevicePlatform.Unknown,
            Method = method,
            ErrorCodes = codes,
            MessageTexts = QuotedTexts(masked.Text),
            Scope = FindScope(text),
            UrgencySignals = [.. ScopeAndUrgencyVocabulary.Urgency.Where(entry => entry.Phrases.IsFoundIn(text)).Select(entry => entry.Signal)],
            OutOfScope = IntakeVocabulary.OutOfScopeTopics.Where(entry => entry.Phrases.IsFoundIn(text)).Select(entry => (OutOfScopeTopic?)entry.Topic).FirstOrDefault(),
            MentionsEnrollment = codes.Count > 0 || method != EnrollmentMethod.Unknown || IntakeVocabulary.Enrollment.IsFoundIn(text),
            Masked = masked.Kinds,
        };
    }

    /// <summary>
    /// Adds a later message from the same user: what was unknown is filled in, lists are joined, and the larger
    /// scope wins. What the first message settled stays.
    /// </summary>
    public static IntakeReport Append(IntakeReport report, string message)
    {
        var more = Extract(message, report.Language);
        return report with
        {
            Text = report.Text.Length == 0 ? more.Text : report.Text + "\n" + more.Text,
            Platform = report.Platform == DevicePlatform.Unknown || (report.PlatformGuessed && !more.PlatformGuessed && more.Platform != DevicePlatform.Unknown) ? more.Platform : report.Platform,
            PlatformGuessed = report.Platform == DevicePlatform.Unknown ? more.PlatformGuessed : report.PlatformGuessed && (more.PlatformGuessed || more.Platform == DevicePlatform.Unknown),
            Method = report.Method == EnrollmentMethod.Unknown ? more.Method : report.Method,
            ErrorCodes = [.. report.ErrorCodes.Union(more.ErrorCodes)],
            MessageTexts = [.. report.MessageTexts.Union(more.MessageTexts)],
            Scope = Wider(report.Scope, more.Scope),
            UrgencySignals = [.. report.UrgencySignals.Union(more.UrgencySignals)],
            OutOfScope = report.OutOfScope ?? more.OutOfScope,
            MentionsEnrollment = report.MentionsEnrollment || more.MentionsEnrollment,
            Masked = [.. report.Masked.Union(more.Masked)],
        };
    }

    private static EnrollmentMethod FindMethod(TextForms text, DevicePlatform platform)
    {
        foreach (var (method, phrases) in IntakeVocabulary.Methods)
        {
            if (Fits(method, platform) && phrases.IsFoundIn(text))
            {
                return method;
            }
        }

        return EnrollmentMethod.Unknown;
    }

    /// <summary>A platform the user names; when several are named, the first one is usually the one in trouble.</summary>
    private static DevicePlatform NamedPlatform(TextForms text)
    {
        var found = DevicePlatform.Unknown;
        var foundAt = int.MaxValue;
        foreach (var (platform, phrases) in IntakeVocabulary.Platforms)
        {
            var at = phrases.FirstIndexIn(text);
            if (at >= 0 && at < foundAt)
            {
                (found, foundAt) = (platform, at);
            }
        }

        return found;
    }

    private static DevicePlatform InferPlatform(TextForms text, EnrollmentMethod method) =>
        method switch
        {
            EnrollmentMethod.Autopilot or EnrollmentMethod.AutomaticMdm or EnrollmentMethod.CoManagement or EnrollmentMethod.BulkEnrollment => DevicePlatform.Windows,
            EnrollmentMethod.AndroidWorkProfile or EnrollmentMethod.AndroidFullyManaged or EnrollmentMethod.AndroidCorporateWorkProfile or EnrollmentMethod.AndroidDedicated => DevicePlatform.Android,
            EnrollmentMethod.UserEnrollment or EnrollmentMethod.Ade => DevicePlatform.Ios,
            _ => IntakeVocabulary.WindowsHints.IsFoundIn(text) ? DevicePlatform.Windows : DevicePlatform.Unknown,
        };

    /// <summary>"Work profile" on an iPhone is not Android Enterprise; a named platform rules out other platforms' methods.</summary>
    private static bool Fits(EnrollmentMethod method, DevicePlatform platform) =>
        platform == DevicePlatform.Unknown || method switch
        {
            EnrollmentMethod.Autopilot or EnrollmentMethod.AutomaticMdm or EnrollmentMethod.CoManagement or EnrollmentMethod.BulkEnrollment => platform == DevicePlatform.Windows,
            EnrollmentMethod.AndroidWorkProfile or EnrollmentMethod.AndroidFullyManaged or EnrollmentMethod.AndroidCorporateWorkProfile or EnrollmentMethod.AndroidDedicated => platform == DevicePlatform.Android,
            EnrollmentMethod.Ade or EnrollmentMethod.UserEnrollment => platform is DevicePlatform.Ios or DevicePlatform.Macos,
            _ => true,
        };

    private static IntakeScope FindScope(TextForms text)
    {
        int? estimate = null;
        foreach (Match match in ScopeAndUrgencyVocabulary.CountPattern().Matches(text.Folded))
        {
            var count = int.Parse(match.Groups["count"].ValueSpan, CultureInfo.InvariantCulture);
            estimate = Math.Max(estimate ?? 0, count);
        }

        foreach (var (phraseEstimate, phrases) in ScopeAndUrgencyVocabulary.Many)
        {
            if (phrases.IsFoundIn(text))
            {
                return new IntakeScope(ScopeKind.Many, Math.Max(estimate ?? 0, phraseEstimate));
            }
        }

        return estimate switch
        {
            >= IntakeScope.ManyThreshold => new IntakeScope(ScopeKind.Many, estimate),
            > 0 => new IntakeScope(ScopeKind.Single, estimate),
            _ => ScopeAndUrgencyVocabulary.Single.IsFoundIn(text) ? new IntakeScope(ScopeKind.Single, 1) : IntakeScope.Unknown,
        };
    }

    private static IntakeScope Wider(IntakeScope first, IntakeScope second) =>
        second.Kind > first.Kind || (second.Kind == first.Kind && (second.Estimate ?? 0) > (first.Estimate ?? 0)) ? second : first;

    private static IReadOnlyList<string> QuotedTexts(string text)
    {
        var quoted = new List<string>();
        foreach (Match match in QuotedPattern().Matches(text))
        {
            var value = match.Groups["text"].Value.Trim();
            if (!quoted.Contains(value))
            {
                quoted.Add(value);
            }
        }

        return quoted;
    }

    private static string LanguageOf(string? locale, string text)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            return locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko" : "en";
        }

        return HangulPattern().IsMatch(text) ? "ko" : "en";
    }

    // Screen texts users quote: "...", “...”, '...' (not apostrophes inside words), 「...」, 『...』.
    [GeneratedRegex(@"[""“”](?<text>[^""“”\n]{4,200})[""“”]|(?<![\p{L}\p{N}])'(?<text>[^'\n]{4,200})'(?![\p{L}\p{N}])|[「『](?<text>[^」』\n]{2,200})[」』]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex HangulPattern();
}
