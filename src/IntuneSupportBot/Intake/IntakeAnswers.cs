using System.Globalization;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Puts an answer into the report, a pure function: the state before, the question, the prompt's result and the
/// (already masked and cleaned) message text in; the state after out, and whether the question was skipped.
/// </summary>
public static class IntakeAnswers
{
    public static (IntakeState State, bool Skipped) Apply(IntakeState state, IntakeQuestion question, object? result, string message)
    {
        switch (result)
        {
            case PromptResult<string> { Sidestepped: true } or PromptResult<bool> { Sidestepped: true } or PromptResult<IReadOnlyList<BotFramework.Schema.Attachment>> { Sidestepped: true }:
                return Sidestep(state, question, message);
            case PromptResult<string> { Succeeded: true, Value: { } value }:
                return (Answer(state, question, value), false);
            case PromptResult<bool> { Succeeded: true, Value: var yes }:
                return (question == IntakeQuestion.RecentFailure && yes ? ConfirmFailure(state) : state.Settle(question), false);
            case PromptResult<IReadOnlyList<BotFramework.Schema.Attachment>> { Succeeded: true }:
                return (state.Settle(question), false);
            default:
                return (state.Settle(question), true);
        }
    }

    /// <summary>The user answered another question than the one asked: take what they said; ask again only if it was nothing new.</summary>
    private static (IntakeState State, bool Skipped) Sidestep(IntakeState state, IntakeQuestion question, string message)
    {
        var report = ReportExtractor.Append(state.Report, message);
        if (IntakeFacts.Added(state.Report, report))
        {
            return (state.Settle(question) with { Report = report }, false);
        }
        return state.Retries + 1 >= IntakeQuestions.MaxAttempts
            ? (state.Settle(question), true)
            : (state with { Retries = state.Retries + 1 }, false);
    }

    private static IntakeState Answer(IntakeState state, IntakeQuestion question, string value)
    {
        var report = state.Report;
        var settled = state.Settle(question);
        return question switch
        {
            IntakeQuestion.Platform when CatalogVocabulary.TryParsePlatform(value, out var platform) =>
                settled with { Report = report with { Platform = platform, PlatformGuessed = false, Method = Fits(report.Method, platform) ? report.Method : EnrollmentMethod.Unknown } },
            IntakeQuestion.Method when CatalogVocabulary.TryParseMethod(value, out var method) => settled with { Report = report with { Method = method } },
            IntakeQuestion.WhichIssue when value != IntakeChoices.Unsure => settled with { ChosenIssueId = value },
            IntakeQuestion.Scope => settled with { Report = report with { Scope = ScopeOf(value) } },
            IntakeQuestion.Device when value == IntakeChoices.OtherDevice => settled with { Editing = IntakeQuestion.OtherDevice },
            IntakeQuestion.Device when state.Requester.Device(value) is { } device => settled.Settle(IntakeQuestion.RecentFailure) with
            {
                DeviceId = device.Id,
                Report = report with
                {
                    Device = device.Name,
                    Platform = report.Platform is DevicePlatform.Unknown || report.PlatformGuessed ? device.Platform : report.Platform,
                    PlatformGuessed = false,
                },
            },
            IntakeQuestion.Error => settled with { Report = WithError(report, value) },
            IntakeQuestion.OtherDevice => settled with { Report = report with { Device = IntakeText.Field(value) }, DeviceId = null },
            IntakeQuestion.StartedWhen => settled with { Report = report with { StartedWhen = IntakeText.Field(value) } },
            _ => settled,
        };
    }

    /// <summary>"I don't see one" settles the question; a code is read as a code, anything else is the text on screen.</summary>
    private static IntakeReport WithError(IntakeReport report, string answer)
    {
        if (answer == IntakeChoices.None)
        {
            return report;
        }
        var added = ReportExtractor.Append(report, answer);
        return added.HasSpecificError && added.ErrorCodes.Count > report.ErrorCodes.Count
            ? added
            : added with { MessageTexts = [.. added.MessageTexts, IntakeText.Field(answer)] };
    }

    private static IntakeState ConfirmFailure(IntakeState state)
    {
        var failure = state.Requester.Failure!;
        var device = state.Requester.Device(failure.DeviceId);
        var report = state.Report;
        return state.Settle(IntakeQuestion.RecentFailure).Settle(IntakeQuestion.Device) with
        {
            DeviceId = device?.Id,
            Report = report with
            {
                Device = device?.Name ?? report.Device,
                Platform = report.Platform is DevicePlatform.Unknown || report.PlatformGuessed ? failure.Platform : report.Platform,
                PlatformGuessed = false,
                StartedWhen = report.StartedWhen ?? failure.At.ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture),
            },
        };
    }

    private static IntakeScope ScopeOf(string value) => value switch
    {
        IntakeChoices.JustMe => new IntakeScope(ScopeKind.Single, 1),
        IntakeChoices.FewPeople => new IntakeScope(ScopeKind.Many, IntakeScope.ManyThreshold),
        _ => new IntakeScope(ScopeKind.Many, 10),
    };

    private static bool Fits(EnrollmentMethod method, DevicePlatform platform) => method switch
    {
        EnrollmentMethod.Autopilot or EnrollmentMethod.AutomaticMdm or EnrollmentMethod.CoManagement or EnrollmentMethod.BulkEnrollment => platform == DevicePlatform.Windows,
        EnrollmentMethod.AndroidWorkProfile or EnrollmentMethod.AndroidFullyManaged or EnrollmentMethod.AndroidCorporateWorkProfile or EnrollmentMethod.AndroidDedicated => platform == DevicePlatform.Android,
        EnrollmentMethod.Ade or EnrollmentMethod.UserEnrollment => platform is DevicePlatform.Ios or DevicePlatform.Macos,
        _ => true,
    };
}
