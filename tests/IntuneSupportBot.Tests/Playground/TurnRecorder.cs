using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>
/// First in the bot's middleware: records every activity the bot receives through /api/messages, and answers the
/// invokes a test names with the response it gives, as a bot handler would.
/// </summary>
public sealed class TurnRecorder : ITurnMiddleware
{
    private readonly ConcurrentQueue<Activity> received = new();

    public IReadOnlyList<Activity> Received => [.. received];

    /// <summary>Invokes whose action has this verb get <see cref="InvokeAnswer"/> instead of reaching the bot.</summary>
    public string? AnsweredVerb { get; init; }

    public InvokeResponse? InvokeAnswer { get; init; }

    public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        received.Enqueue(turnContext.Activity);
        if (AnsweredVerb is not null && turnContext.Activity.Type == ActivityTypes.Invoke
            && turnContext.Activity.Value is { } value && value.TryGetProperty("action", out var action)
            && action.TryGetProperty("verb", out var verb) && verb.GetString() == AnsweredVerb)
        {
            turnContext.InvokeResponse = InvokeAnswer;
            return Task.CompletedTask;
        }
        return next(ct);
    }

    public void Register(IServiceCollection services) => services.AddSingleton<ITurnMiddleware>(this);
}
