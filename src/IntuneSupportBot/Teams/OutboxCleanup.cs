using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Keeps the outbox table from growing without bound: at start-up and every <see cref="OutboxOptions.CleanupInterval"/>
/// it deletes sent messages after <see cref="OutboxOptions.KeepSentFor"/> and failed or uncertain ones (what an
/// operator looks into) after <see cref="OutboxOptions.KeepFailedFor"/>. Card copies stay: later updates need them.
/// </summary>
public sealed class OutboxCleanup(OutboxQueue queue, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxCleanup> logger)
    : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>One round: deletes what is past its keeping time now; returns what it deleted.</summary>
    public async Task<RemovedMessages> CleanUpAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var removed = await queue.DeleteFinishedAsync(now - _options.KeepSentFor, now - _options.KeepFailedFor, ct);
        if (removed.Total > 0)
        {
            OutboxLog.CleanedUp(logger, removed.Sent, removed.FailedOrUncertain);
        }
        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A process that does not send leaves the table to the one that does.
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.CleanupInterval, clock);
        try
        {
            do
            {
                await RoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever a cut-short round left is deleted by the next start's round.
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await CleanUpAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            OutboxLog.CleanupFailed(logger, _options.CleanupInterval, ex);
        }
    }
}
