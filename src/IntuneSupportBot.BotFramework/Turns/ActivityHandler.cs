using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Routes a turn by activity type and invoke name to an overridable method; the SDK's ActivityHandler, reduced
/// to what a Teams bot receives. Unknown types are accepted and ignored, as the protocol asks.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public virtual Task OnTurnAsync(TurnContext turnContext, CancellationToken ct) => turnContext.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageActivityAsync(turnContext, ct),
        ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, ct),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, ct),
        ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, ct),
        ActivityTypes.Event => OnEventActivityAsync(turnContext, ct),
        _ => OnUnrecognizedActivityTypeAsync(turnContext, ct),
    };

    protected virtual Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(TurnContext turnContext, CancellationToken ct)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        var added = turnContext.Activity.MembersAdded?.Where(member => member.Id != botId).ToList() ?? [];
        var botAdded = turnContext.Activity.MembersAdded?.Any(member => member.Id == botId) ?? false;
        return added.Count > 0 || botAdded ? OnMembersAddedAsync(added, botAdded, turnContext, ct) : Task.CompletedTask;
    }

    /// <param name="membersAdded">People added (the bot itself excluded).</param>
    /// <param name="botAdded">True when the bot itself was just added (installed) to this conversation.</param>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botAdded, TurnContext turnContext, CancellationToken ct) =>
        Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(TurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(TurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(TurnContext turnContext, CancellationToken ct) => Task.CompletedTask;

    protected virtual async Task OnInvokeActivityAsync(TurnContext turnContext, CancellationToken ct)
    {
        if (turnContext.Activity.Name != AdaptiveCardActionInvoke)
        {
            turnContext.InvokeResponse = new InvokeResponse(StatusCodes.NotImplemented);
            return;
        }
        var value = ReadInvokeValue(turnContext.Activity);
        if (value?.Action?.Verb is not { Length: > 0 })
        {
            turnContext.InvokeResponse = new InvokeResponse(StatusCodes.Ok, new AdaptiveCardInvokeResponse(
                StatusCodes.BadRequest, AdaptiveCardInvokeResponse.ErrorType,
                new ErrorDetail("BadRequest", "The card action has no verb.")));
            return;
        }
        var response = await OnAdaptiveCardActionAsync(turnContext, value, ct);
        turnContext.InvokeResponse = new InvokeResponse(StatusCodes.Ok, response);
    }

    /// <summary>A Universal Action (<c>Action.Execute</c>) press or refresh; answer with a card or a message.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
        Task.FromResult(new AdaptiveCardInvokeResponse(StatusCodes.BadRequest, AdaptiveCardInvokeResponse.ErrorType,
            new ErrorDetail("NotSupported", $"The action '{value.Action?.Verb}' is not supported.")));

    private static AdaptiveCardInvokeValue? ReadInvokeValue(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }
        try
        {
            return value.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static class StatusCodes
    {
        public const int Ok = 200;
        public const int BadRequest = 400;
        public const int NotImplemented = 501;
    }
}
