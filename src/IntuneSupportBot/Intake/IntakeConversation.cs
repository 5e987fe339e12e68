using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Runs the intake for a 1:1 chat: starts it from a first message, hands answers to the dialog, and takes the
/// interruptions (cancel, help, restart, status, a new language) at any point without losing the answers so far.
/// </summary>
public sealed class IntakeConversation
{
    private readonly DialogSet _dialogs;
    private readonly WaterfallDialog<IntakeState> _intake;
    private readonly IDirectory _directory;
    private readonly IntakeFiling _filing;
    private readonly IStringLocalizer<Messages> _text;

    public IntakeConversation(ConversationState conversationState, IntakeDialog dialog, IDirectory directory, IntakeFiling filing, IStringLocalizer<Messages> text)
    {
        _directory = directory;
        _filing = filing;
        _text = text;
        _intake = dialog.Create();
        PromptSidestep sidestep = (dc, _) => Task.FromResult(IntakeFacts.Tells(dc.Context.Activity.Text ?? ""));
        _dialogs = new DialogSet(conversationState)
            .Add(_intake)
            .Add(new ChoicePrompt(IntakeQuestions.ChoicePrompt) { Sidestep = sidestep })
            .Add(new TextPrompt(IntakeQuestions.ErrorPrompt, (prompt, _) => Task.FromResult(LooksLikeAnError(prompt.Value))) { Sidestep = sidestep })
            .Add(new TextPrompt(IntakeQuestions.TextPrompt))
            .Add(new ConfirmPrompt(IntakeQuestions.ConfirmPrompt) { Sidestep = sidestep })
            .Add(new AttachmentPrompt(IntakeQuestions.FilesPrompt));
    }

    /// <summary>A message that is not a command: an answer to the open question, or the first description of a problem.</summary>
    public async Task ContinueAsync(TurnContext turnContext, UserMessage message, CancellationToken ct)
    {
        if (message.Truncated)
        {
            await turnContext.SendActivityAsync(_text["LongMessage", UserMessage.MaxLength], ct);
        }
        if (message.Masked.Count > 0)
        {
            await turnContext.SendActivityAsync(_text["SecretWarning"], ct);
        }
        var turn = WithMessage(turnContext, message);
        var dc = await _dialogs.CreateContextAsync(turn, ct);
        var active = dc.ActiveDialog is not null;
        if (message.IsEmpty)
        {
            await turn.SendActivityAsync(_text[active ? "EmptyMessage" : "Welcome"], ct);
            await ReaskAsync(dc, ct);
            return;
        }
        if (!active)
        {
            await StartAsync(dc, message, ct);
            return;
        }
        var waitingForFiles = dc.ActiveDialog!.Id == IntakeQuestions.FilesPrompt;
        if (message.Files.Count > 0 && !waitingForFiles)
        {
            // A screenshot sent between questions is kept; the open question stays open.
            await turn.SendActivityAsync(_text["FilesKept", message.Files.Count], ct);
            await ReaskAsync(dc, ct, state => state with { Attachments = [.. state.Attachments, .. message.Files] });
            return;
        }
        if (message.CardAction is not null && dc.ActiveDialog.Id != IntakeDialog.Id)
        {
            await turn.SendActivityAsync(_text["CardNotOpen"], ct);
            await ReaskAsync(dc, ct);
            return;
        }
        await dc.ContinueDialogAsync(ct);
    }

    public async Task CancelAsync(TurnContext turnContext, CancellationToken ct)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, ct);
        var result = await dc.CancelAllDialogsAsync(ct);
        await turnContext.SendActivityAsync(_text[result.Status == DialogTurnStatus.Cancelled ? "Cancelled" : "NothingToCancel"], ct);
    }

    public async Task RestartAsync(TurnContext turnContext, CancellationToken ct)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, ct);
        await dc.CancelAllDialogsAsync(ct);
        await turnContext.SendActivityAsync(_text["Restarted"], ct);
    }

    public async Task HelpAsync(TurnContext turnContext, CancellationToken ct)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, ct);
        await turnContext.SendActivityAsync(_text[dc.ActiveDialog is null ? "Help" : "HelpDuringIntake"], ct);
        await ReaskAsync(dc, ct);
    }

    /// <summary>The user's recorded reports; the open question (if any) is asked again after the list.</summary>
    public async Task StatusAsync(TurnContext turnContext, CancellationToken ct)
    {
        var open = await _filing.ListAsync(turnContext, ct);
        var lines = open.Select(ticket => _text["StatusLine", ticket.Id, ticket.CreatedAt.ToString("d", System.Globalization.CultureInfo.CurrentCulture),
            ticket.Tier, _text[$"TicketState_{ticket.State}"].Value].Value).ToList();
        await turnContext.SendActivityAsync(lines.Count == 0 ? _text["StatusNone"] : _text["StatusList"] + "\n\n" + string.Join("\n\n", lines), ct);
        await ReaskAsync(await _dialogs.CreateContextAsync(turnContext, ct), ct);
    }

    /// <summary>After a language switch the open question is asked again, now in the new language.</summary>
    public async Task LanguageChangedAsync(TurnContext turnContext, CancellationToken ct)
    {
        await turnContext.SendActivityAsync(_text["LanguageSet"], ct);
        await ReaskAsync(await _dialogs.CreateContextAsync(turnContext, ct), ct);
    }

    private async Task StartAsync(DialogContext dc, UserMessage message, CancellationToken ct)
    {
        var report = ReportExtractor.Extract(message.Text, IntakeLanguage.Current);
        var decision = report.OutOfScope is { } topic && !report.MentionsEnrollment ? topic : (OutOfScopeTopic?)null;
        if (decision is { } outOfScope)
        {
            await dc.Context.SendActivityAsync(_text[$"OutOfScope_{outOfScope}"], ct);
            return;
        }
        var describesProblem = report.MentionsEnrollment || report.HasSpecificError || report.Platform != DevicePlatform.Unknown
            || report.Method != EnrollmentMethod.Unknown;
        if (!describesProblem && message.Files.Count == 0)
        {
            await dc.Context.SendActivityAsync(_text["Welcome"], ct);
            return;
        }
        if (!describesProblem)
        {
            await dc.Context.SendActivityAsync(_text["FilesBeforeReport"], ct);
        }
        var requester = await RequesterAsync(dc.Context, ct);
        await dc.BeginDialogAsync(IntakeDialog.Id, new IntakeState { Report = report, Requester = requester, Attachments = message.Files }, ct);
    }

    /// <summary>Starts the intake again from its saved state: the question it was waiting on is asked anew.</summary>
    private async Task ReaskAsync(DialogContext dc, CancellationToken ct, Func<IntakeState, IntakeState>? change = null)
    {
        if (dc.Stack.Count == 0 || dc.Stack[0].Id != IntakeDialog.Id)
        {
            return;
        }
        var state = _intake.ValuesOf(dc.Stack[0]);
        await dc.CancelAllDialogsAsync(ct);
        await dc.BeginDialogAsync(IntakeDialog.Id, (change ?? (s => s))(state with { SummaryNudges = 0 }), ct);
    }

    private async Task<RequesterSnapshot> RequesterAsync(TurnContext turnContext, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var context = activity.From?.AadObjectId is { Length: > 0 } aadObjectId
            ? await _directory.GetRequesterContextAsync(aadObjectId, ct)
            : RequesterContext.NotFound;
        var devices = context.Devices.Select(device => new KnownDevice(device.Id, device.DeviceName, PlatformOf(device.OperatingSystem))).ToList();
        var failure = context.Failures.FirstOrDefault() is { } newest
            ? new RecentFailure(newest.Id, newest.EventDateTime, newest.ManagedDeviceId, PlatformOf(newest.OperatingSystem), newest.FailureReason)
            : null;
        return new RequesterSnapshot(activity.Conversation?.Id ?? "", activity.From?.Id, activity.From?.AadObjectId,
            context.Profile?.DisplayName ?? activity.From?.Name, devices, failure);
    }

    private static DevicePlatform PlatformOf(string? operatingSystem) => operatingSystem?.ToLowerInvariant() switch
    {
        "windows" => DevicePlatform.Windows,
        "ios" or "ipados" => DevicePlatform.Ios,
        "android" => DevicePlatform.Android,
        "macos" or "mac os x" or "macmdm" => DevicePlatform.Macos,
        _ => DevicePlatform.Unknown,
    };

    /// <summary>A short answer that only names a platform, a method or a head count is not an error message.</summary>
    private static bool LooksLikeAnError(string answer) =>
        answer.Length > 40 || !IntakeFacts.Tells(answer) || ReportExtractor.Extract(answer).HasSpecificError;

    /// <summary>The dialogs read the cleaned, masked message; the turn's loaded state and replies stay the same.</summary>
    private static TurnContext WithMessage(TurnContext turnContext, UserMessage message)
    {
        var turn = new TurnContext(turnContext.Adapter, message.Apply(turnContext.Activity), turnContext.Identity) { Locale = turnContext.Locale };
        foreach (var (key, value) in turnContext.TurnState)
        {
            turn.TurnState[key] = value;
        }
        turn.TurnState[IntakeDialog.MessageKey] = message;
        return turn;
    }
}
