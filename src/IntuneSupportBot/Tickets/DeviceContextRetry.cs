using IntuneSupportBot.Graph;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// A ticket filed while the directory was down carries its requester context as "unavailable"; this job reads it
/// again every few minutes and, once the directory answers, puts the devices and failures on the ticket and its cards.
/// </summary>
public sealed partial class DeviceContextRetry(
    TicketStore store,
    TicketDesk desk,
    IDirectory directory,
    TimeProvider clock,
    IOptions<TicketOptions> options,
    ILogger<DeviceContextRetry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeviceContextRetryInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception);
            }
        }
    }

    /// <summary>One round over the waiting tickets; returns how many got their context.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var refreshed = 0;
        foreach (var id in await store.WithUnavailableDevicesAsync(ct))
        {
            var ticket = await store.FindAsync(id, ct);
            if (ticket is null)
            {
                continue;
            }
            var context = await directory.GetRequesterContextAsync(ticket.Requester.ObjectId, ct);
            if (context.Status == ContextStatus.Unavailable)
            {
                continue;
            }
            await desk.RefreshDevicesAsync(id, DeviceFacts.From(context), ct);
            LogRefreshed(logger, id, context.Status.ToString());
            refreshed++;
        }
        return refreshed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Requester context of {TicketId} read after filing ({Status})")]
    private static partial void LogRefreshed(ILogger logger, string ticketId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of reading unavailable requester contexts failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
