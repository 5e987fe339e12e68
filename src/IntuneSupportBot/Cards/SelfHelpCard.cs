using System.Globalization;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Cards;

/// <summary>A known issue the user can fix alone: its title, why it happens and the steps, in their language.</summary>
public static class SelfHelpCard
{
    public static AdaptiveCard Build(KnownIssue issue, IStringLocalizer<Messages> text, string language) => new()
    {
        Body =
        [
            new TextBlock(text["SelfHelpIntro"]) { IsSubtle = true },
            new TextBlock(CardText.Escape(issue.Title.For(language))) { Weight = FontWeight.Bolder, Size = FontSize.Medium },
            new TextBlock(text["SelfHelpCause"]) { Weight = FontWeight.Bolder, Spacing = Spacing.Medium },
            new TextBlock(CardText.Escape(issue.Cause.For(language))),
            new TextBlock(text["SelfHelpSteps"]) { Weight = FontWeight.Bolder, Spacing = Spacing.Medium },
            .. issue.Steps.For(language).Select((step, index) =>
                new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {CardText.Escape(step)}"))),
        ],
        FallbackText = issue.Title.For(language),
    };
}
