using IntuneSupportBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Teams redelivers an activity it thinks was too slow (and retries invokes), with the same id. A redelivery that
/// arrives while the first delivery runs waits for it and answers with the same invoke response; a redelivered
/// message runs no turn. A redelivered invoke that arrives after the first was answered runs again: its answer is a
/// whole card, too big to keep for every invoke, and the handlers of invokes are idempotent by activity id anyway
/// (Teams also retries an invoke with a new id), so the second run answers with the state the first left.
/// </summary>
/// <remarks>
/// Deliveries are remembered for five minutes, and at most <see cref="MaxRemembered"/> of them, so memory does not
/// grow with the rate under a flood. Redeliveries come within seconds, and 20,000 turns is minutes of a busy
/// tenant's traffic.
/// </remarks>
public sealed partial class DeduplicationMiddleware(TimeProvider clock, ILogger<DeduplicationMiddleware> logger) : ITurnMiddleware
{
    public const int MaxRemembered = 20_000;

    private readonly RecentArrivals<Delivery> _seen = new(TimeSpan.FromMinutes(5), MaxRemembered);

    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversation)
        {
            await next(ct);
            return;
        }
        var delivery = new Delivery();
        var first = _seen.GetOrAdd(ArrivalKey.Of(conversation, id), delivery, clock.GetUtcNow(), out var added);
        if (!added)
        {
            if (first.Running is { } running)
            {
                LogRedelivery(logger, id);
                turnContext.InvokeResponse = await running.WaitAsync(ct);
                return;
            }
            if (activity.Type != ActivityTypes.Invoke)
            {
                LogRedelivery(logger, id);
                return;
            }
            LogInvokeAgain(logger, id);
            await next(ct);
            return;
        }
        try
        {
            await next(ct);
        }
        finally
        {
            delivery.Answer(turnContext.InvokeResponse);
        }
    }

    private sealed class Delivery
    {
        // Only until the first delivery is answered: redeliveries meanwhile wait on it.
        private TaskCompletionSource<InvokeResponse?>? _running = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Null once answered.</summary>
        public Task<InvokeResponse?>? Running => Volatile.Read(ref _running)?.Task;

        public void Answer(InvokeResponse? response) => Interlocked.Exchange(ref _running, null)?.TrySetResult(response);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was delivered again; the first delivery's outcome is reused")]
    private static partial void LogRedelivery(ILogger logger, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke {ActivityId} was delivered again after it was answered; it runs again")]
    private static partial void LogInvokeAgain(ILogger logger, string activityId);
}
