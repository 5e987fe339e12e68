using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// An Adaptive Card of the 1.5 subset Teams renders for bots. Serialize it with <see cref="AdaptiveCardSerializer"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Teams renders bot cards up to 1.5; a higher version shows only <see cref="FallbackText"/>.</summary>
    public string Version { get; init; } = "1.5";

    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}

/// <summary>
/// Universal Actions refresh: Teams runs <see cref="Action"/> for each user in <see cref="UserIds"/> when they
/// view the card, so each of them sees the card the bot returns for them. Teams refreshes automatically for at
/// most 60 listed users; others get the card as posted.
/// </summary>
public sealed record CardRefresh(
    ExecuteAction Action,
    IReadOnlyList<string>? UserIds = null);

/// <summary>Teams' own card-level properties: full width and the mentions used in the card's text.</summary>
public sealed record TeamsCardProperties
{
    public const string FullWidth = "Full";

    public string? Width { get; init; }

    public IReadOnlyList<MentionEntity>? Entities { get; init; }
}
