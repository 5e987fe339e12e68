using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>Any non-blank text.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override (bool Recognized, string? Value) Recognize(Activity activity, PromptOptions options) =>
        activity.Text?.Trim() is { Length: > 0 } text ? (true, text) : (false, null);
}
