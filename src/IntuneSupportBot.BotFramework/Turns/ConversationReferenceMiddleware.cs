using IntuneSupportBot.BotFramework.State;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>Stores the conversation reference of every authenticated inbound activity.</summary>
public sealed class ConversationReferenceMiddleware(ConversationReferenceStore references) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        await references.SaveAsync(turnContext.Activity.GetConversationReference(), ct);
        await next(ct);
    }
}
