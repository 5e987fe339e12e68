using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the carried values, the previous step's result, and the dialog stack.</summary>
public sealed class WaterfallStepContext<TValues>
{
    private readonly WaterfallDialog<TValues> _dialog;
    private readonly JsonObject _state;
    private TValues _values;

    internal WaterfallStepContext(WaterfallDialog<TValues> dialog, DialogContext dc, JsonObject state, int index, object? result)
    {
        _dialog = dialog;
        _state = state;
        _values = dialog.ReadValues(state);
        Dialogs = dc;
        Index = index;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    public TurnContext Context => Dialogs.Context;

    public int Index { get; }

    /// <summary>The previous step's outcome: a prompt's <see cref="PromptResult{T}"/>, a child dialog's result.</summary>
    public object? Result { get; }

    /// <summary>The typed record carried between steps; assigning it stores it with the dialog.</summary>
    public TValues Values
    {
        get => _values;
        set
        {
            _values = value;
            _dialog.WriteValues(_state, value);
        }
    }

    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken ct) => _dialog.NextAsync(Dialogs, Index, result, ct);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken ct) =>
        Dialogs.PromptAsync(promptId, options, ct);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken ct) =>
        Dialogs.BeginDialogAsync(dialogId, options, ct);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken ct) => Dialogs.EndDialogAsync(result, ct);

    /// <summary>Starts <paramref name="dialogId"/> in this dialog's place (for a dialog that loops, its own id).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken ct) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, ct);

    /// <summary>Stays on this step until the user writes again; their message becomes the next step's result.</summary>
    public async Task<DialogTurnResult> WaitForUserAsync()
    {
        await Dialogs.SaveAsync();
        return DialogTurnResult.Waiting;
    }
}
