using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntuneSupportBot.Testing;

/// <summary>
/// Teams shows a mention only when a TextBlock's text holds exactly the entity's <c>&lt;at&gt;…&lt;/at&gt;</c>;
/// a tag without its entity is a bug or text that escaped <c>CardText.Escape</c>.
/// </summary>
internal static partial class CardMentions
{
    public static IEnumerable<string> Mismatches(JsonElement card)
    {
        var texts = new List<string>();
        CollectTexts(card, texts);
        var tagsInText = texts.SelectMany(text => UnescapedTag().Matches(text).Select(match => match.Value)).ToHashSet();
        var entities = EntityTexts(card).ToHashSet();

        foreach (var tag in tagsInText.Where(tag => !entities.Contains(tag)))
        {
            yield return $"Mention {tag} in the text has no msteams entity";
        }

        foreach (var entity in entities.Where(entity => !tagsInText.Contains(entity)))
        {
            yield return $"Mention entity {entity} appears in no text";
        }
    }

    private static IEnumerable<string> EntityTexts(JsonElement card) =>
        card.ValueKind == JsonValueKind.Object
        && card.TryGetProperty("msteams", out var teams) && teams.ValueKind == JsonValueKind.Object
        && teams.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities.EnumerateArray()
                .Where(entity => entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                .Select(entity => entity.GetProperty("text").GetString()!)
            : [];

    private static void CollectTexts(JsonElement node, List<string> texts)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject().Where(property => property.Name != "msteams"))
                {
                    if (property.Name is "text" or "value" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }

                    CollectTexts(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    CollectTexts(item, texts);
                }

                break;
        }
    }

    // A tag counts unless its "<" is escaped by a backslash that is not itself escaped.
    [GeneratedRegex(@"(?<!(?<!\\)(?:\\\\)*\\)<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex UnescapedTag();
}
