using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.Intake;

/// <summary>Text going back to the user in a plain message: Teams renders it as markdown, so quotes are escaped.</summary>
public static class IntakeText
{
    public const int MaxQuoteLength = 200;

    public static string Quote(string value) => CardText.Escape(value, MaxQuoteLength);

    /// <summary>A short free-text answer (a device name, when it started) as the report keeps it.</summary>
    public static string Field(string value) => CardText.Truncate(value.Trim(), MaxQuoteLength);
}
