namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>The bot's logic for one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken ct);
}
