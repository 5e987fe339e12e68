using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>
/// Asks, recognizes the answer, validates it, and asks again — at most <see cref="PromptOptions.MaxAttempts"/>
/// times, then ends with a failed result so the caller can offer a way out instead of looping.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string StateKey = "prompt";

    /// <summary>Optional: lets an unusable answer end the prompt when it answers something else the dialog wants.</summary>
    public PromptSidestep? Sidestep { get; init; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        Save(dc, new PromptState(promptOptions, 0));
        await dc.SaveAsync();
        await dc.Context.SendActivityAsync(Render(promptOptions.Prompt, promptOptions), ct);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct)
    {
        var state = Load(dc);
        var attempt = state.Attempts + 1;
        if (Recognize(dc.Context.Activity, state.Options) is (true, var value)
            && (validator is null || await validator(new PromptValidatorContext<T>(dc.Context, value!, attempt), ct)))
        {
            return await dc.EndDialogAsync(PromptResult<T>.Success(value!), ct);
        }
        if (Sidestep is not null && await Sidestep(dc, ct))
        {
            return await dc.EndDialogAsync(PromptResult<T>.Sidestep, ct);
        }
        if (attempt >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(PromptResult<T>.GaveUp, ct);
        }
        Save(dc, state with { Attempts = attempt });
        await dc.SaveAsync();
        await dc.Context.SendActivityAsync(Render(state.Options.RetryPrompt ?? state.Options.Prompt, state.Options), ct);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Reads the answer from the user's activity; false when it is not an answer of this kind.</summary>
    protected abstract (bool Recognized, T? Value) Recognize(Activity activity, PromptOptions options);

    /// <summary>Turns the prompt into the activity sent; choice prompts add their buttons.</summary>
    protected virtual Activity Render(Activity prompt, PromptOptions options) => prompt with { InputHint = "expectingInput" };

    private static void Save(DialogContext dc, PromptState state) =>
        dc.ActiveState[StateKey] = JsonSerializer.SerializeToNode(state, DialogJsonContext.Default.PromptState);

    private static PromptState Load(DialogContext dc) =>
        dc.ActiveState[StateKey].Deserialize(DialogJsonContext.Default.PromptState)
        ?? throw new InvalidOperationException("The prompt lost its state.");
}
