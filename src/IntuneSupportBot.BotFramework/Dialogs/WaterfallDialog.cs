using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace IntuneSupportBot.BotFramework.Dialogs;

public delegate Task<DialogTurnResult> WaterfallStep<TValues>(WaterfallStepContext<TValues> step, CancellationToken ct);

/// <summary>
/// Steps run in order, one per answer; a typed record (<typeparamref name="TValues"/>) is carried from step to
/// step and stored with the dialog, so a conversation survives restarts between turns.
/// </summary>
public sealed class WaterfallDialog<TValues>(
    string id,
    JsonTypeInfo<TValues> valuesType,
    Func<object?, TValues> start,
    IReadOnlyList<WaterfallStep<TValues>> steps) : Dialog(id)
{
    private const string IndexKey = "index";
    private const string ValuesKey = "values";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken ct)
    {
        WriteValues(dc.ActiveState, start(options));
        return RunStepAsync(dc, 0, null, ct);
    }

    /// <summary>A step waited for the user without a prompt: the message is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct) =>
        RunStepAsync(dc, CurrentIndex(dc) + 1, dc.Context.Activity.Text, ct);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken ct) =>
        RunStepAsync(dc, CurrentIndex(dc) + 1, result, ct);

    /// <summary>The record a running instance of this dialog carries, e.g. to start it again from there.</summary>
    public TValues ValuesOf(DialogInstance instance) =>
        instance.Id == Id ? ReadValues(instance.State) : throw new ArgumentException($"'{instance.Id}' is not an instance of '{Id}'.", nameof(instance));

    internal TValues ReadValues(JsonObject state) => state[ValuesKey].Deserialize(valuesType)!;

    internal void WriteValues(JsonObject state, TValues values) => state[ValuesKey] = JsonSerializer.SerializeToNode(values, valuesType);

    private static int CurrentIndex(DialogContext dc) => dc.ActiveState[IndexKey]?.GetValue<int>() ?? 0;

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken ct)
    {
        var state = dc.ActiveState;
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(ReadValues(state), ct);
        }
        state[IndexKey] = index;
        await dc.SaveAsync();
        var step = new WaterfallStepContext<TValues>(this, dc, state, index, result);
        return await steps[index](step, ct);
    }

    internal Task<DialogTurnResult> NextAsync(DialogContext dc, int index, object? result, CancellationToken ct) =>
        RunStepAsync(dc, index + 1, result, ct);
}
