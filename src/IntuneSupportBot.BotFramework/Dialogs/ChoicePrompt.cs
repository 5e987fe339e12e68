using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>One of a list of choices, shown as buttons; the result is the choice's <see cref="Choice.Value"/>.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override (bool Recognized, string? Value) Recognize(Activity activity, PromptOptions options) =>
        ChoiceRecognizer.Recognize(activity.Text ?? ChoiceRecognizer.ValueText(activity), options.Choices ?? []) is { } choice
            ? (true, choice.Value)
            : (false, null);

    protected override Activity Render(Activity prompt, PromptOptions options) =>
        base.Render(prompt, options) with
        {
            SuggestedActions = new SuggestedActions([.. (options.Choices ?? []).Select(choice => CardAction.ImBack(choice.Title))]),
        };
}
