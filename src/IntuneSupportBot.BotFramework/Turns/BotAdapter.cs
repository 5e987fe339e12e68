using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Runs turns through the middleware and the bot, and carries the bot's answers to the channel.
/// <see cref="CloudAdapter"/> speaks HTTP to the Bot Connector; <see cref="TestAdapter"/> keeps answers in memory.
/// </summary>
public abstract class BotAdapter(IEnumerable<ITurnMiddleware> middleware)
{
    private readonly MiddlewareSet _middleware = new(middleware);

    /// <summary>Called with any exception a turn throws; the default rethrows.</summary>
    public Func<TurnContext, Exception, CancellationToken, Task>? OnTurnError { get; set; }

    public abstract Task<ResourceResponse> SendActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct);

    public abstract Task<ResourceResponse> UpdateActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct);

    public abstract Task DeleteActivityAsync(TurnContext turnContext, string activityId, CancellationToken ct);

    protected async Task RunPipelineAsync(TurnContext turnContext, IBot bot, CancellationToken ct)
    {
        try
        {
            await _middleware.RunAsync(turnContext, bot.OnTurnAsync, ct);
        }
        catch (Exception exception) when (OnTurnError is not null && exception is not OperationCanceledException)
        {
            await OnTurnError(turnContext, exception, ct);
        }
    }
}
