using System.Text.Json;
using System.Text.RegularExpressions;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;

namespace IntuneSupportBot.Intake;

/// <summary>
/// The user's message as the intake may keep it: mention markup removed, invisible and broken characters
/// dropped, cut to <see cref="MaxLength"/>, and secrets masked. The raw text goes no further than this.
/// </summary>
public sealed partial record UserMessage(string Text, bool Truncated, IReadOnlyList<SensitiveDataKind> Masked, IReadOnlyList<KeptAttachment> Files, IntakeCardAction? CardAction)
{
    /// <summary>Enough for any real description and error text; a pasted log beyond it is cut.</summary>
    public const int MaxLength = 2000;

    public bool IsEmpty => Text.Length == 0 && Files.Count == 0 && CardAction is null;

    public static UserMessage Read(Activity activity)
    {
        var text = CardText.Clean(MentionPattern().Replace(activity.Text ?? "", " ")).Trim();
        var truncated = text.Length > MaxLength;
        if (truncated)
        {
            text = CardText.Truncate(text, MaxLength);
        }
        var masked = SensitiveDataMasker.MaskText(text);
        var files = AttachmentPrompt.Files(activity)
            .Select(file => new KeptAttachment(CardText.Truncate(CardText.Clean(file.Name ?? "file"), 200), file.ContentUrl, file.ContentType))
            .ToList();
        return new UserMessage(masked.Text, truncated, masked.Kinds, files, CardActionOf(activity));
    }

    /// <summary>The activity the dialogs see: the cleaned, masked text in place of what was typed.</summary>
    public Activity Apply(Activity activity) => activity with { Text = Text };

    private static IntakeCardAction? CardActionOf(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("intake", out _))
        {
            return null;
        }
        try
        {
            return value.Deserialize(IntakeCardJsonContext.Default.IntakeCardAction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
