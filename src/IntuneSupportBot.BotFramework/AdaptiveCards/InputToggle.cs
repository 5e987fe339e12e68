namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>A checkbox; its value arrives as <see cref="ValueOn"/> or <see cref="ValueOff"/> (by default "true"/"false").</summary>
public sealed record InputToggle(string Id, string Title) : CardInput(Id)
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}
