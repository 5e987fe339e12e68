using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Label/value pairs. Teams renders fact values as markdown too: escape user text in them.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    [JsonPropertyOrder(-1)]
    public override string Type => "FactSet";
}

public sealed record Fact(string Title, string Value);
