using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The report as the bot understood it, to confirm before filing: every field, "not given" where it is missing,
/// a confirm button and one button per field to correct it. Everything the user typed is escaped.
/// </summary>
public static class IntakeSummaryCard
{
    private const int MaxValueLength = 300;

    // Teams' host config allows six actions per set and drops the rest; Web Chat refuses to render the whole card.
    private const int MaxActionsPerSet = 6;

    public static AdaptiveCard Build(IntakeState state, KnownIssue? knownIssue, IntakeChoices choices, IStringLocalizer<Messages> text, string language)
    {
        var report = state.Report;
        var fields = new (IntakeField Field, string Label, string? Value)[]
        {
            (IntakeField.Platform, text["FieldPlatform"], report.Platform is DevicePlatform.Unknown ? null : choices.PlatformName(report.Platform)),
            (IntakeField.Method, text["FieldMethod"], report.Method is EnrollmentMethod.Unknown ? null : choices.MethodName(report.Method)),
            (IntakeField.Error, text["FieldError"], ErrorText(report)),
            (IntakeField.Scope, text["FieldScope"], ScopeText(report.Scope, text)),
            (IntakeField.StartedWhen, text["FieldStartedWhen"], report.StartedWhen),
            (IntakeField.Device, text["FieldDevice"], report.Device),
            (IntakeField.Screenshots, text["FieldScreenshots"], state.Attachments.Count == 0 ? null : string.Join(", ", state.Attachments.Select(file => file.Name))),
        };
        var facts = fields.Select(field => new Fact(field.Label, field.Value is null ? text["NotGiven"] : CardText.Escape(field.Value, MaxValueLength))).ToList();
        if (knownIssue is not null)
        {
            facts.Add(new Fact(text["FieldKnownIssue"], CardText.Escape(knownIssue.Title.For(language))));
        }
        if (report.Urgent)
        {
            facts.Add(new Fact(text["FieldUrgent"], text["ChoiceYes"]));
        }

        var edits = fields.Select(field => (AdaptiveAction)new SubmitAction
        {
            Title = text[field.Value is null ? "AddField" : "ChangeField", field.Label],
            Data = CardData.From(new IntakeCardAction(IntakeCardAction.Edit, FieldName(field.Field)), IntakeCardJsonContext.Default.IntakeCardAction),
        }).ToList();

        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(text["SummaryTitle"]) { Weight = FontWeight.Bolder, Size = FontSize.Medium },
                new FactSet(facts),
                .. (IReadOnlyList<CardElement>)(report.StartedWhen is null || state.Attachments.Count == 0
                    ? [new TextBlock(text["SummaryHint"]) { IsSubtle = true, Spacing = Spacing.Medium }]
                    : []),
            ],
            Actions =
            [
                new SubmitAction
                {
                    Title = text["ConfirmButton"],
                    Data = CardData.From(new IntakeCardAction(IntakeCardAction.Confirm), IntakeCardJsonContext.Default.IntakeCardAction),
                },
                new ShowCardAction(new AdaptiveCard { Body = [.. edits.Chunk(MaxActionsPerSet).Select(set => new ActionSet(set))] }) { Title = text["CorrectButton"] },
            ],
            FallbackText = text["SummaryTitle"],
        };
    }

    /// <summary>The field names card buttons carry; stable, never the button text.</summary>
    public static string FieldName(IntakeField field) => field switch
    {
        IntakeField.Platform => "platform",
        IntakeField.Method => "method",
        IntakeField.Error => "error",
        IntakeField.Scope => "scope",
        IntakeField.StartedWhen => "started",
        IntakeField.Device => "device",
        _ => "screenshots",
    };

    public static IntakeField? ParseField(string? name) => name switch
    {
        "platform" => IntakeField.Platform,
        "method" => IntakeField.Method,
        "error" => IntakeField.Error,
        "scope" => IntakeField.Scope,
        "started" => IntakeField.StartedWhen,
        "device" => IntakeField.Device,
        "screenshots" => IntakeField.Screenshots,
        _ => null,
    };

    private static string? ErrorText(IntakeReport report) =>
        report.HasSpecificError ? string.Join(", ", report.ErrorCodes.Concat(report.MessageTexts)) : null;

    private static string? ScopeText(IntakeScope scope, IStringLocalizer<Messages> text) => scope.Kind switch
    {
        ScopeKind.Single => text["ScopeJustMe"].Value,
        ScopeKind.Many when scope.Estimate is { } estimate and > 3 => text["ScopeManyCount", estimate].Value,
        ScopeKind.Many => text["ScopeFew"].Value,
        _ => null,
    };
}
