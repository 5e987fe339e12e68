using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>A button, written with its <c>type</c> first.</summary>
[JsonConverter(typeof(AdaptiveActionConverter))]
public abstract record AdaptiveAction
{
    /// <summary>The action's name in the Adaptive Card schema, written first by each concrete type.</summary>
    public abstract string Type { get; }

    public string? Title { get; init; }

    public string? Id { get; init; }

    /// <summary>What a client that cannot run this action shows instead.</summary>
    public AdaptiveAction? Fallback { get; init; }
}
