using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.Teams;

/// <summary>Every authenticated activity tells which Teams id belongs to which Entra object id; remember it.</summary>
public sealed class TeamsIdMiddleware(TeamsIdBook book) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        book.Learn(turnContext.Activity.From?.AadObjectId, turnContext.Activity.From?.Id);
        return next(ct);
    }
}
