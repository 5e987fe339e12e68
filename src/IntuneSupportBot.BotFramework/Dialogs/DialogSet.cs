using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>The dialogs a bot knows, and the conversation-state property their stack is kept in.</summary>
public sealed class DialogSet(ConversationState conversationState)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly StatePropertyAccessor<DialogState> _stack =
        conversationState.CreateProperty("dialogStack", DialogJsonContext.Default.DialogState);

    public DialogSet Add(Dialog dialog)
    {
        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>The dialog context for this turn; the stack is written back to state as it changes.</summary>
    public async Task<DialogContext> CreateContextAsync(TurnContext turnContext, CancellationToken ct)
    {
        var state = await _stack.GetAsync(turnContext, () => new DialogState(), ct);
        return new DialogContext(this, turnContext, state, save => _stack.SetAsync(turnContext, save, ct));
    }
}
