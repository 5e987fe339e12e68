using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>
/// One or more files (screenshots). Teams also attaches the message's own HTML rendering; that is not a file.
/// When the options carry choices (a "skip" button), picking one ends the prompt with no files.
/// </summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    protected override (bool Recognized, IReadOnlyList<Attachment>? Value) Recognize(Activity activity, PromptOptions options)
    {
        var files = Files(activity);
        if (files.Count > 0)
        {
            return (true, files);
        }
        return options.Choices is { Count: > 0 } choices
            && ChoiceRecognizer.Recognize(activity.Text ?? ChoiceRecognizer.ValueText(activity), choices) is not null
                ? (true, [])
                : (false, null);
    }

    protected override Activity Render(Activity prompt, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices
            ? base.Render(prompt, options) with { SuggestedActions = new SuggestedActions([.. choices.Select(choice => CardAction.ImBack(choice.Title))]) }
            : base.Render(prompt, options);

    public static IReadOnlyList<Attachment> Files(Activity activity) =>
        activity.Attachments?.Where(a => a.ContentType != "text/html" && (a.ContentUrl is not null || a.Content is not null)).ToList() ?? [];
}
