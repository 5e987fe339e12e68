using System.Globalization;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>Asks one question of the intake: its words, its buttons, the prompt that reads the answer.</summary>
public sealed class IntakeQuestions(IStringLocalizer<Messages> text, IntakeChoices choices, TimeProvider clock)
{
    public const string ChoicePrompt = "intake.choice";
    public const string ErrorPrompt = "intake.error";
    public const string TextPrompt = "intake.text";
    public const string ConfirmPrompt = "intake.confirm";
    public const string FilesPrompt = "intake.files";

    /// <summary>Wrong answers before a question is skipped as not given.</summary>
    public const int MaxAttempts = 3;

    public Task<DialogTurnResult> AskAsync(WaterfallStepContext<IntakeState> step, IntakeQuestion question, KnownIssueMatchResult match, CancellationToken ct)
    {
        var state = step.Values;
        var language = IntakeLanguage.Current;
        return question switch
        {
            IntakeQuestion.RecentFailure => Prompt(step, ConfirmPrompt, text["AskRecentFailure", DeviceName(state, state.Requester.Failure!), FailureTime(step, state.Requester.Failure!)], choices.YesNo(), ct),
            IntakeQuestion.Platform => Prompt(step, ChoicePrompt, text[state.Report.PlatformGuessed ? "AskPlatformGuessed" : "AskPlatform", choices.PlatformName(state.Report.Platform)], choices.Platform(), ct),
            IntakeQuestion.Error => Prompt(step, ErrorPrompt, text["AskError"], choices.Error(), ct),
            IntakeQuestion.WhichIssue => Prompt(step, ChoicePrompt, text["AskWhichIssue"], choices.WhichIssue(match.AmbiguousCandidates, language), ct),
            IntakeQuestion.Method => Prompt(step, ChoicePrompt, text["AskMethod"], choices.Method(state.Report.Platform), ct),
            IntakeQuestion.Scope => Prompt(step, ChoicePrompt, text["AskScope"], choices.Scope(), ct),
            IntakeQuestion.Device => Prompt(step, ChoicePrompt, text["AskDevice"], choices.Device(state.Requester.Devices), ct),
            IntakeQuestion.OtherDevice => Prompt(step, TextPrompt, text["AskOtherDevice"], null, ct),
            IntakeQuestion.StartedWhen => Prompt(step, TextPrompt, text["AskStartedWhen"], null, ct),
            IntakeQuestion.Screenshots => Prompt(step, FilesPrompt, text["AskScreenshots"], choices.Screenshots(), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "The summary and self-help are not prompts."),
        };
    }

    private Task<DialogTurnResult> Prompt(WaterfallStepContext<IntakeState> step, string promptId, string question, IReadOnlyList<Choice>? buttons, CancellationToken ct)
    {
        // An answer that answered nothing comes back here with the same question, said as a retry.
        var first = step.Values.Retries > 0 ? text["RetryPrefix"] + " " + question : question;
        var retry = text["RetryPrefix"] + " " + question;
        return step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = WithButtons(first, promptId, buttons),
            RetryPrompt = WithButtons(retry, promptId, buttons),
            Choices = buttons,
            MaxAttempts = MaxAttempts - step.Values.Retries,
        }, ct);
    }

    // Choice and confirm prompts add their own buttons; a free-text question may still offer a shortcut ("I don't see one").
    private static Activity WithButtons(string question, string promptId, IReadOnlyList<Choice>? buttons) =>
        promptId == ErrorPrompt && buttons is { Count: > 0 }
            ? new Activity { Text = question, SuggestedActions = new SuggestedActions([.. buttons.Select(choice => CardAction.ImBack(choice.Title))]) }
            : new Activity { Text = question };

    private static string DeviceName(IntakeState state, RecentFailure failure) =>
        IntakeText.Quote(state.Requester.Device(failure.DeviceId)?.Name ?? failure.Platform switch
        {
            DevicePlatform.Unknown or DevicePlatform.Any => "?",
            var platform => CatalogVocabulary.Name(platform),
        });

    /// <summary>In the user's own time zone when the client tells it, else in the zone the directory recorded.</summary>
    private string FailureTime(WaterfallStepContext<IntakeState> step, RecentFailure failure)
    {
        var offset = step.Context.Activity.LocalTimestamp?.Offset ?? failure.At.Offset;
        var at = failure.At.ToOffset(offset);
        var today = clock.GetUtcNow().ToOffset(offset).Date == at.Date;
        var culture = CultureInfo.CurrentUICulture;
        return today
            ? text["FailureAtToday", at.ToString("HH:mm", culture)]
            : text["FailureAtDate", at.ToString(text["FailureDateFormat"], culture), at.ToString("HH:mm", culture)];
    }
}
