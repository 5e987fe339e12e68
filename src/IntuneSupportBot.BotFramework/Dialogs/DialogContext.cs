using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>The dialog stack during one turn: begin, continue, end and cancel dialogs.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turnContext, DialogState state, Func<DialogState, Task> save)
{
    public TurnContext Context { get; } = turnContext;

    public DialogInstance? ActiveDialog => state.Stack.Count > 0 ? state.Stack[^1] : null;

    /// <summary>The running dialogs, the bottom first: lets a bot find its main dialog under a prompt.</summary>
    public IReadOnlyList<DialogInstance> Stack => state.Stack;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken ct)
    {
        var dialog = dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog '{dialogId}' is registered.");
        state.Stack.Add(new DialogInstance(dialogId, []));
        await save(state);
        return await dialog.BeginDialogAsync(this, options, ct);
    }

    /// <summary>Hands the user's message to the dialog on top of the stack.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken ct)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        var dialog = dialogs.Find(active.Id);
        if (dialog is null)
        {
            // A dialog removed in a newer version of the bot: start over rather than fail every turn.
            await CancelAllDialogsAsync(ct);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
        return await dialog.ContinueDialogAsync(this, ct);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken ct)
    {
        if (state.Stack.Count > 0)
        {
            state.Stack.RemoveAt(state.Stack.Count - 1);
        }
        await save(state);
        if (ActiveDialog is { } parent && dialogs.Find(parent.Id) is { } parentDialog)
        {
            return await parentDialog.ResumeDialogAsync(this, result, ct);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>
    /// Ends the active dialog without resuming its parent and starts <paramref name="dialogId"/> in its place:
    /// how a dialog loops (asks its next question from the top) without growing the stack.
    /// </summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken ct)
    {
        if (state.Stack.Count > 0)
        {
            state.Stack.RemoveAt(state.Stack.Count - 1);
        }
        return await BeginDialogAsync(dialogId, options, ct);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken ct)
    {
        var hadDialogs = state.Stack.Count > 0;
        state.Stack.Clear();
        await save(state);
        return new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Starts a prompt: a dialog that asks until it gets a valid answer or runs out of attempts.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken ct) =>
        BeginDialogAsync(promptId, options, ct);

    /// <summary>The active dialog's own state document; changes are saved with the stack.</summary>
    public JsonObject ActiveState => ActiveDialog?.State ?? throw new InvalidOperationException("No dialog is active.");

    public Task SaveAsync() => save(state);
}
