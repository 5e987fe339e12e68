using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>
/// One or more files (screenshots). Teams also attaches the message's own HTML rendering; that is not a file.
/// </summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    protected override (bool Recognized, IReadOnlyList<Attachment>? Value) Recognize(Activity activity, PromptOptions options)
    {
        var files = Files(activity);
        return files.Count > 0 ? (true, files) : (false, null);
    }

    public static IReadOnlyList<Attachment> Files(Activity activity) =>
        activity.Attachments?.Where(a => a.ContentType != "text/html" && (a.ContentUrl is not null || a.Content is not null)).ToList() ?? [];
}
