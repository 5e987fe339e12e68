using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>
/// The intake conversation as a loop of two steps: ask the next question (<see cref="IntakeFlow"/>), take the
/// answer into the report, and start over from the top with the new state — until the user confirms the summary
/// and the report is filed, or fixed by a known fix.
/// </summary>
public sealed class IntakeDialog(
    IntakeQuestions questions,
    IntakeChoices choices,
    KnownIssueMatcher matcher,
    RoutingPolicy policy,
    IntakeFiling filing,
    TimeProvider clock,
    IStringLocalizer<Messages> text)
{
    public const string Id = "intake";

    /// <summary>Where the runner leaves the cleaned message of this turn for the steps (files, card actions).</summary>
    public const string MessageKey = "intake.message";

    public WaterfallDialog<IntakeState> Create() =>
        new(Id, IntakeJsonContext.Default.IntakeState, options => (IntakeState)options!, [AskNextQuestionAsync, TakeAnswerAsync]);

    private async Task<DialogTurnResult> AskNextQuestionAsync(WaterfallStepContext<IntakeState> step, CancellationToken ct)
    {
        var match = Match(step.Values);
        if (IntakeFlow.InferPlatform(step.Values, match) is var inferred && inferred != step.Values)
        {
            step.Values = inferred;
            match = Match(inferred);
        }
        var question = IntakeFlow.Next(step.Values, match);
        step.Values = step.Values with { Asking = question };
        switch (question)
        {
            case IntakeQuestion.Summary:
                await ShowSummaryAsync(step, match, ct);
                return await step.WaitForUserAsync();
            case IntakeQuestion.SelfHelp when IntakeFlow.Best(step.Values, match)?.Issue is { } issue:
                await step.Context.SendActivityAsync(new Activity { Attachments = [AdaptiveCardSerializer.ToAttachment(SelfHelpCard.Build(issue, text, IntakeLanguage.Current))] }, ct);
                return await step.PromptAsync(IntakeQuestions.ConfirmPrompt, new PromptOptions
                {
                    Prompt = new Activity { Text = text["AskFixed"] },
                    RetryPrompt = new Activity { Text = text["RetryPrefix"] + " " + text["AskFixed"] },
                    Choices = choices.YesNo(),
                }, ct);
            case IntakeQuestion.SelfHelp:
                return await FileAsync(step, match, deflected: false, ct);
            default:
                return await questions.AskAsync(step, question, match, ct);
        }
    }

    private async Task<DialogTurnResult> TakeAnswerAsync(WaterfallStepContext<IntakeState> step, CancellationToken ct)
    {
        var state = step.Values;
        var message = Message(step);
        switch (state.Asking)
        {
            case IntakeQuestion.Summary:
                return await TakeSummaryAnswerAsync(step, message, ct);
            case IntakeQuestion.SelfHelp:
                var fixedIt = step.Result is PromptResult<bool> { Succeeded: true, Value: true };
                return await FileAsync(step, Match(state), deflected: fixedIt, ct);
            case { } question:
                var result = question == IntakeQuestion.Error && step.Result is PromptResult<string> { Succeeded: true, Value: var answer }
                    && ChoiceRecognizer.Recognize(answer, choices.Error()) is not null
                        ? PromptResult<string>.Success(IntakeChoices.None)
                        : step.Result;
                var (next, skipped) = IntakeAnswers.Apply(state, question, result, message.Text);
                if (question == IntakeQuestion.Screenshots)
                {
                    next = next with { Attachments = [.. next.Attachments, .. message.Files] };
                }
                if (skipped)
                {
                    await step.Context.SendActivityAsync(text["SkippedField"], ct);
                }
                return await step.ReplaceDialogAsync(Id, next, ct);
            default:
                return await step.ReplaceDialogAsync(Id, state, ct);
        }
    }

    private async Task<DialogTurnResult> TakeSummaryAnswerAsync(WaterfallStepContext<IntakeState> step, UserMessage message, CancellationToken ct)
    {
        var state = step.Values;
        if (message.CardAction is { Intake: IntakeCardAction.Edit, Field: var name } && IntakeSummaryCard.ParseField(name) is { } field)
        {
            return await step.ReplaceDialogAsync(Id, Edit(state, field), ct);
        }
        if (message.CardAction is { Intake: IntakeCardAction.Confirm } || IsYes(message.Text))
        {
            var match = Match(state);
            var decision = Route(state, match);
            if (decision.Outcome == RoutingOutcome.OutOfScope)
            {
                await step.Context.SendActivityAsync(text[$"OutOfScope_{decision.OutOfScopeTopic}"], ct);
                return await step.EndDialogAsync(null, ct);
            }
            return decision.SelfHelpOffered
                ? await step.ReplaceDialogAsync(Id, state with { Confirmed = true }, ct)
                : await FileAsync(step, match, deflected: false, ct);
        }
        // More detail typed at the summary goes into the report; anything else earns a short hint, not the card again.
        var report = ReportExtractor.Append(state.Report, message.Text);
        var next = IntakeFacts.Added(state.Report, report)
            ? state with { Report = report, SummaryNudges = 0 }
            : state with { SummaryNudges = state.SummaryNudges + 1 };
        return await step.ReplaceDialogAsync(Id, next, ct);
    }

    private async Task ShowSummaryAsync(WaterfallStepContext<IntakeState> step, KnownIssueMatchResult match, CancellationToken ct)
    {
        var state = step.Values;
        if (state.SummaryNudges > 0)
        {
            await step.Context.SendActivityAsync(text["SummaryNudge"], ct);
            return;
        }
        var card = IntakeSummaryCard.Build(state, IntakeFlow.Best(state, match)?.Issue, choices, text, IntakeLanguage.Current);
        await step.Context.SendActivityAsync(new Activity { Text = text["SummaryIntro"], Attachments = [AdaptiveCardSerializer.ToAttachment(card)] }, ct);
    }

    private async Task<DialogTurnResult> FileAsync(WaterfallStepContext<IntakeState> step, KnownIssueMatchResult match, bool deflected, CancellationToken ct)
    {
        var state = step.Values;
        var outcome = new IntakeOutcome(state.Report, Route(state, match), IntakeFlow.Best(state, match), deflected,
            state.Attachments, state.Requester, state.DeviceId, clock.GetUtcNow());
        await filing.FileAsync(step.Context, outcome, ct);
        return await step.EndDialogAsync(outcome, ct);
    }

    private static IntakeState Edit(IntakeState state, IntakeField field)
    {
        var question = field switch
        {
            IntakeField.Platform => IntakeQuestion.Platform,
            IntakeField.Method => IntakeQuestion.Method,
            IntakeField.Error => IntakeQuestion.Error,
            IntakeField.Scope => IntakeQuestion.Scope,
            IntakeField.StartedWhen => IntakeQuestion.StartedWhen,
            IntakeField.Device when state.Requester.Devices.Count > 0 => IntakeQuestion.Device,
            IntakeField.Device => IntakeQuestion.OtherDevice,
            _ => IntakeQuestion.Screenshots,
        };
        var report = field == IntakeField.Error ? state.Report with { ErrorCodes = [], MessageTexts = [] } : state.Report;
        return state with
        {
            Report = report,
            Editing = question,
            Settled = [.. state.Settled.Where(settled => settled != question)],
            ChosenIssueId = field == IntakeField.Error ? null : state.ChosenIssueId,
            Retries = 0,
            SummaryNudges = 0,
        };
    }

    private KnownIssueMatchResult Match(IntakeState state) => matcher.Match(state.Report.ToKnownIssueQuery());

    private RoutingDecision Route(IntakeState state, KnownIssueMatchResult match) =>
        state.ChosenIssueId is not null && IntakeFlow.Best(state, match) is { } chosen
            ? policy.Route(state.Report, chosen)
            : policy.Route(state.Report, match);

    private static UserMessage Message(WaterfallStepContext<IntakeState> step) =>
        step.Context.TurnState.TryGetValue(MessageKey, out var message) ? (UserMessage)message : UserMessage.Read(step.Context.Activity);

    private static bool IsYes(string text) =>
        ChoiceRecognizer.Normalize(text) is "yes" or "y" or "ok" or "okay" or "confirm" or "send" or "send it" or "correct" or "네" or "예" or "넵" or "응" or "확인" or "맞아요" or "맞습니다" or "보내 주세요" or "접수해 주세요";
}
