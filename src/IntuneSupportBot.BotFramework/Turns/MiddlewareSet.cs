namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>An ordered list of middleware; each calls <c>next</c> to hand the turn on, or not to stop it.</summary>
public sealed class MiddlewareSet(IEnumerable<ITurnMiddleware> middleware)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(TurnContext turnContext, Func<TurnContext, CancellationToken, Task> bot, CancellationToken ct) =>
        RunFromAsync(0, turnContext, bot, ct);

    private Task RunFromAsync(int index, TurnContext turnContext, Func<TurnContext, CancellationToken, Task> bot, CancellationToken ct) =>
        index == _middleware.Length
            ? bot(turnContext, ct)
            : _middleware[index].OnTurnAsync(turnContext, next => RunFromAsync(index + 1, turnContext, bot, next), ct);
}
