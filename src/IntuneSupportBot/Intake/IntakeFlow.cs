using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Which question comes next: only what the report is missing, the few that routing and the support team need,
/// one at a time. When it started and screenshots are not asked in a row — the summary card offers them — so that
/// a user with a clear problem is done in a few answers.
/// </summary>
public static class IntakeFlow
{
    public static IntakeQuestion Next(IntakeState state, KnownIssueMatchResult match)
    {
        if (state.Editing is { } editing)
        {
            return editing;
        }
        var report = state.Report;
        if (AskRecentFailure(state))
        {
            return IntakeQuestion.RecentFailure;
        }
        if ((report.Platform == DevicePlatform.Unknown || report.PlatformGuessed) && !state.IsSettled(IntakeQuestion.Platform))
        {
            return IntakeQuestion.Platform;
        }
        if (!report.HasSpecificError && !state.IsSettled(IntakeQuestion.Error))
        {
            return IntakeQuestion.Error;
        }
        if (match.NeedsDisambiguation && state.ChosenIssueId is null && !state.IsSettled(IntakeQuestion.WhichIssue))
        {
            return IntakeQuestion.WhichIssue;
        }
        // The disambiguating question already asked, in effect, how the device was enrolled.
        if (report.Method == EnrollmentMethod.Unknown && report.Platform != DevicePlatform.Unknown
            && !state.IsSettled(IntakeQuestion.Method) && !state.IsSettled(IntakeQuestion.WhichIssue))
        {
            return IntakeQuestion.Method;
        }
        if (report.Scope.Kind == ScopeKind.Unknown && !state.IsSettled(IntakeQuestion.Scope))
        {
            return IntakeQuestion.Scope;
        }
        if (report.Device is null && state.Requester.Devices.Count > 0 && !state.IsSettled(IntakeQuestion.Device))
        {
            return IntakeQuestion.Device;
        }
        return state.Confirmed ? IntakeQuestion.SelfHelp : IntakeQuestion.Summary;
    }

    /// <summary>
    /// A code that exists on one platform only (0x8018xxxx is Windows MDM) says the platform, so it is not asked;
    /// a platform only guessed from a device word is still confirmed.
    /// </summary>
    public static IntakeState InferPlatform(IntakeState state, KnownIssueMatchResult match)
    {
        if (state.Report.Platform != DevicePlatform.Unknown || state.Report.ErrorCodes.Count == 0)
        {
            return state;
        }
        IEnumerable<KnownIssue> candidates = match.Best is { } best ? [best.Issue] : match.AmbiguousCandidates;
        var platforms = candidates.Select(issue => issue.Platform).Distinct().ToList();
        return platforms is [var only] && only is not (DevicePlatform.Any or DevicePlatform.Unknown)
            ? state with { Report = state.Report with { Platform = only } }
            : state;
    }

    /// <summary>The known issue the report points at: the one the user picked, else the matcher's confident best.</summary>
    public static KnownIssueMatch? Best(IntakeState state, KnownIssueMatchResult match) =>
        state.ChosenIssueId is { } chosen && match.Ranked.Any(candidate => candidate.Issue.Id == chosen) ? match.Choose(chosen) : match.Best;

    // Asked first: a yes settles the device, the platform and when it started at once.
    private static bool AskRecentFailure(IntakeState state) =>
        state.Requester.Failure is { } failure
        && state.Report.Device is null
        && !state.IsSettled(IntakeQuestion.RecentFailure)
        && (state.Report.Platform is DevicePlatform.Unknown || state.Report.PlatformGuessed || state.Report.Platform == failure.Platform);
}
