using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>Yes or no, in English or Korean, typed or pressed.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "ok", "okay", "sure", "correct", "true", "confirm", "it works", "fixed",
        "예", "네", "넵", "응", "그래", "그래요", "맞아요", "맞습니다", "좋아요", "확인", "예 맞습니다", "네 맞아요", "해결됐어요", "해결되었습니다",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nah", "false", "not fixed", "still broken",
        "아니요", "아니오", "아뇨", "아니", "아니에요", "틀려요", "아직이요", "안 돼요", "안돼요", "해결 안 됐어요",
    };

    protected override (bool Recognized, bool Value) Recognize(Activity activity, PromptOptions options)
    {
        var answer = ChoiceRecognizer.Normalize(activity.Text ?? ChoiceRecognizer.ValueText(activity));
        if (Yes.Contains(answer))
        {
            return (true, true);
        }
        return No.Contains(answer) ? (true, false) : (false, false);
    }

    protected override Activity Render(Activity prompt, PromptOptions options) =>
        base.Render(prompt, options) with
        {
            SuggestedActions = options.Choices is { Count: 2 } labels
                ? new SuggestedActions([CardAction.ImBack(labels[0].Title, labels[0].Value), CardAction.ImBack(labels[1].Title, labels[1].Value)])
                : null,
        };
}
