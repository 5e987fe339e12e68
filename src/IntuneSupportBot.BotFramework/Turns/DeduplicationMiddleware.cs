using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Teams redelivers an activity it thinks was too slow (and retries invokes), with the same id. A redelivery
/// runs no turn: it waits for the first delivery and answers with the same invoke response.
/// </summary>
public sealed partial class DeduplicationMiddleware(TimeProvider clock, ILogger<DeduplicationMiddleware> logger) : ITurnMiddleware
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Delivery> _seen = new(StringComparer.Ordinal);
    private long _nextSweep;

    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversation)
        {
            await next(ct);
            return;
        }
        var now = clock.GetUtcNow();
        SweepExpired(now);
        var delivery = new Delivery(now + Window);
        var first = _seen.GetOrAdd($"{conversation}\n{id}", delivery);
        if (!ReferenceEquals(first, delivery) && first.ExpiresAt > now)
        {
            LogRedelivery(logger, id);
            turnContext.InvokeResponse = await first.Outcome.Task.WaitAsync(ct);
            return;
        }
        try
        {
            await next(ct);
        }
        finally
        {
            delivery.Outcome.TrySetResult(turnContext.InvokeResponse);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        var due = Interlocked.Read(ref _nextSweep);
        if (ticks < due || Interlocked.CompareExchange(ref _nextSweep, ticks + Window.Ticks, due) != due)
        {
            return;
        }
        foreach (var (key, seen) in _seen)
        {
            if (seen.ExpiresAt <= now)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }

    private sealed record Delivery(DateTimeOffset ExpiresAt)
    {
        public TaskCompletionSource<InvokeResponse?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was delivered again; the first delivery's outcome is reused")]
    private static partial void LogRedelivery(ILogger logger, string activityId);
}
