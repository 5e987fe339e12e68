using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// An @mention in a card: put <see cref="Text"/> in a TextBlock and <see cref="Entity"/> in the card's
/// <c>msteams.entities</c>; Teams pairs them by the exact text.
/// </summary>
public sealed record Mention(string Text, MentionEntity Entity)
{
    private const int MaxNameLength = 64;

    /// <param name="userId">The user's Entra object id or UPN (Teams also accepts a <c>29:</c> id).</param>
    /// <param name="displayName">Shown in the mention; cleaned so that it cannot end the <c>&lt;at&gt;</c> tag.</param>
    public static Mention For(string userId, string displayName)
    {
        var id = CardText.Clean(userId).Trim();
        ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(userId));

        var name = MentionName(displayName);
        if (name.Length == 0)
        {
            name = MentionName(id);
        }

        var text = $"<at>{name}</at>";
        return new(text, new MentionEntity(text, new MentionedUser(id, name)));
    }

    // Inside <at>…</at> Teams shows the name as a pill, where a backslash escape would show; so the characters
    // that could close the tag, open an entity or format the text (should the pill not render) are dropped.
    private static string MentionName(string value) =>
        CardText.Truncate(
            string.Concat(CardText.Clean(value).Where(c => c != '\n' && !CardText.AlwaysEscaped.Contains(c))).Trim(),
            MaxNameLength);
}

/// <summary>The wire form of a mention in <c>msteams.entities</c>.</summary>
public sealed record MentionEntity(string Text, MentionedUser Mentioned)
{
    [JsonPropertyOrder(-1)]
    public string Type => "mention";
}

public sealed record MentionedUser(string Id, string Name);
