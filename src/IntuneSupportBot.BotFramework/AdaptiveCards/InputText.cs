namespace IntuneSupportBot.BotFramework.AdaptiveCards;

public sealed record InputText(string Id) : CardInput(Id)
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>A hint some clients ignore; the handler still checks the length it receives.</summary>
    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}
