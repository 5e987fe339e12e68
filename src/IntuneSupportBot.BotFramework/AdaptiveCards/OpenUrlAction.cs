namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record OpenUrlAction(Uri Url) : AdaptiveAction;
