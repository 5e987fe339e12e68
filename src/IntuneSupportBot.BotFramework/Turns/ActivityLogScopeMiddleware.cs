using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>Puts the activity id, conversation id and type on every log line written during the turn.</summary>
public sealed class ActivityLogScopeMiddleware(ILogger<ActivityLogScopeMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityType"] = activity.Type,
        }))
        {
            await next(ct);
        }
    }
}
