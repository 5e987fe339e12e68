namespace IntuneSupportBot.BotFramework.Turns;

public delegate Task NextDelegate(CancellationToken ct);

/// <summary>A step every turn passes through before (and after) the bot.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct);
}
