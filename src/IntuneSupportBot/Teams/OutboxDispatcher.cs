using IntuneSupportBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Sends committed outbox messages: the head of each thread, several threads at once (bounded), one message at a
/// time per thread. Woken by <see cref="OutboxSignal"/> after a commit or a finished send; polls as a fallback.
/// </summary>
/// <remarks>
/// Delivery guarantee. A committed message is never lost: until it is claimed, any crash or stop leaves it queued
/// for the next start. Claiming marks it "Sending"; the result is written right after the call (the 2xx-to-"Sent"
/// window is one small local write). A process that dies while a message is "Sending" leaves it so: at the next
/// start an update is sent again (a repeated PUT is harmless) and a post (new thread, chat message, reply) is
/// marked Uncertain and logged, not posted again — posts are at most once, never twice, and the rare unknown case
/// is visible to an operator rather than guessed. A post that timed out or got 500/502/504 is treated the same
/// way. One exception: an update whose copy was deleted in Teams posts a fresh copy; a crash between that post and
/// its record could post the fresh copy twice.
/// </remarks>
public sealed class OutboxDispatcher(
    OutboxQueue queue,
    OutboxSender sender,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            OutboxLog.Disabled(logger);
            return;
        }

        // Sends under way at shutdown get a grace period to finish, so their result is recorded rather than left "Sending".
        using var sends = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => sends.CancelAfter(_options.StopGrace));
        var inFlight = new List<Task>();
        var recovered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recovered)
                {
                    foreach (var message in await queue.RecoverInterruptedAsync(stoppingToken))
                    {
                        OutboxLog.Uncertain(logger, message.Id, message.Kind, message.ItemKey, message.LastError ?? "");
                    }
                    recovered = true;
                }

                inFlight.RemoveAll(task => task.IsCompleted);
                var free = _options.MaxParallelThreads - inFlight.Count;
                if (free > 0)
                {
                    foreach (var message in await queue.ClaimDueAsync(free, stoppingToken))
                    {
                        inFlight.Add(DeliverAsync(message, sends.Token));
                    }
                }

                // With every slot taken there is nothing to start before a send finishes, and a finished send wakes
                // the loop: asking when the next message is due would only find one that is due already, again and again.
                var nextDue = inFlight.Count < _options.MaxParallelThreads ? await queue.NextDueAsync(stoppingToken) : null;
                await WaitForWorkAsync(nextDue, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                OutboxLog.LoopFailed(logger, ex);
                await WaitForWorkAsync(null, stoppingToken);
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task WaitForWorkAsync(DateTimeOffset? nextDue, CancellationToken stoppingToken)
    {
        var wait = _options.PollInterval;
        if (nextDue is { } due && due - clock.GetUtcNow() < wait)
        {
            wait = due - clock.GetUtcNow();
        }

        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(wait, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        await signal.WaitAsync(either.Token);
    }

    // Never throws: every outcome is written to the message (or, if even that fails, left for the restart recovery).
    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            SendOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(message, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopped mid-send: left "Sending" for the next start to settle.
                return;
            }
            catch (Exception ex)
            {
                await SettleFailureAsync(message, ex);
                return;
            }

            await RecordAsync(message, outcome);
        }
        finally
        {
            signal.Wake();
        }
    }

    private async Task RecordAsync(OutboxMessage message, SendOutcome outcome)
    {
        try
        {
            if (outcome.Refusal is { } refusal)
            {
                await queue.GiveUpAsync(message, OutboxState.Failed, refusal, CancellationToken.None);
                OutboxLog.Failed(logger, message.Id, message.Kind, message.ItemKey, message.Attempts, refusal);
                return;
            }

            // Marked at once, without the shutdown token: the window in which a crash leaves a delivered message
            // "Sending" is this one write.
            await queue.MarkSentAsync(message, outcome.Placement, CancellationToken.None);
            OutboxLog.Sent(logger, message.Id, message.Kind, message.ItemKey);
        }
        catch (Exception ex)
        {
            OutboxLog.RecordFailed(logger, message.Id, ex);
        }
    }

    private async Task SettleFailureAsync(OutboxMessage message, Exception error)
    {
        var reason = Describe(error);
        try
        {
            switch (OutboxFailurePolicy.Classify(error, message.IsPost))
            {
                case OutboxVerdict.Retry when message.Attempts < _options.MaxAttempts:
                    var next = clock.GetUtcNow() + OutboxFailurePolicy.Backoff(message.Attempts, _options.BackoffBase, _options.BackoffCap);
                    await queue.RescheduleAsync(message, next, reason, CancellationToken.None);
                    OutboxLog.Rescheduled(logger, message.Id, message.Kind, message.ItemKey, message.Attempts, next, reason);
                    break;
                case OutboxVerdict.Uncertain:
                    await queue.GiveUpAsync(message, OutboxState.Uncertain, reason, CancellationToken.None);
                    OutboxLog.Uncertain(logger, message.Id, message.Kind, message.ItemKey, reason);
                    break;
                default:
                    await queue.GiveUpAsync(message, OutboxState.Failed, reason, CancellationToken.None);
                    OutboxLog.Failed(logger, message.Id, message.Kind, message.ItemKey, message.Attempts, reason);
                    break;
            }
        }
        catch (Exception ex)
        {
            OutboxLog.RecordFailed(logger, message.Id, ex);
        }
    }

    // Status and Teams' error code first: that is what an operator searches for.
    private static string Describe(Exception error) => error switch
    {
        ConnectorException connector => $"{(int)connector.StatusCode} {connector.ErrorCode ?? connector.StatusCode.ToString()}: {connector.ErrorMessage} (MS-CV {connector.CorrelationVector ?? "none"})",
        HttpRequestException http => $"network error ({http.HttpRequestError}): {http.Message}",
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
