using System.Text.Json;
using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>Reads a card the way Teams receives it: as JSON, walked without trusting the builder's types.</summary>
internal sealed class CardJson(JsonElement root)
{
    public static CardJson Of(AdaptiveCard card) => new(AdaptiveCardSerializer.ToElement(card));

    /// <summary>The JSON a builder wrote and measured, which is what is sent.</summary>
    public static CardJson Of(WrittenCard card) => new(JsonSerializer.Deserialize<JsonElement>(card.Utf8.Span));

    public JsonElement Root { get; } = root;

    /// <summary>Every object with a "type", anywhere (body, nested cards, actions, fallbacks, refresh).</summary>
    public IReadOnlyList<JsonElement> Typed => [.. Walk(Root).Where(node => node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)];

    public int Count(string type) => Typed.Count(node => node.GetProperty("type").GetString() == type);

    /// <summary>
    /// The verbs a viewer can run: the top-level actions and those inside their ShowCards (not the refresh, not
    /// fallbacks). An Action.Execute names its verb; a requester's Action.Submit carries it as <c>data.ticket</c>.
    /// </summary>
    public IReadOnlySet<string> OfferedVerbs()
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        Collect(Root, verbs);
        return verbs;
    }

    /// <summary>How many buttons the card shows at its top level (Teams shows six at most).</summary>
    public int TopLevelButtons => Actions(Root).Count();

    private static void Collect(JsonElement card, HashSet<string> verbs)
    {
        foreach (var action in Actions(card))
        {
            if (action.GetProperty("type").GetString() == "Action.ShowCard")
            {
                Collect(action.GetProperty("card"), verbs);
            }
            else if (VerbOf(action) is { } verb)
            {
                verbs.Add(verb);
            }
        }
    }

    private static string? VerbOf(JsonElement action) => action.GetProperty("type").GetString() switch
    {
        "Action.Execute" => action.GetProperty("verb").GetString(),
        "Action.Submit" => action.GetProperty("data").GetProperty("ticket").GetString(),
        _ => null,
    };

    /// <summary>The requester card's Action.Submit verbs, read from <c>data.ticket</c>, including those in ShowCards.</summary>
    public IReadOnlySet<string> SubmitVerbs() =>
        Typed.Where(node => node.GetProperty("type").GetString() == "Action.Submit")
            .Select(node => node.GetProperty("data").GetProperty("ticket").GetString()!)
            .ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<string> Texts() =>
        [.. Walk(Root).Where(node => node.TryGetProperty("type", out var t) && t.GetString() == "TextBlock").Select(node => node.GetProperty("text").GetString()!)];

    public IReadOnlyList<JsonElement> Mentions() =>
        Root.TryGetProperty("msteams", out var teams) && teams.TryGetProperty("entities", out var entities) ? [.. entities.EnumerateArray()] : [];

    private static IEnumerable<JsonElement> Actions(JsonElement card) =>
        card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray() : [];

    private static IEnumerable<JsonElement> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject())
            {
                foreach (var inner in Walk(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in node.EnumerateArray().SelectMany(Walk))
            {
                yield return inner;
            }
        }
    }
}
