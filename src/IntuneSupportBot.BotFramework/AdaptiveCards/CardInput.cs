namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// An input; its value reaches the bot under <see cref="Id"/> in the action's data, so ids are part of the
/// contract between a card and the handler of its verb.
/// </summary>
public abstract record CardInput(string Id) : CardElement
{
    public string Id { get; init; } = !string.IsNullOrWhiteSpace(Id) ? Id : throw new ArgumentException("An input needs an id.", nameof(Id));

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the client when a required input is left empty.</summary>
    public string? ErrorMessage { get; init; }
}
