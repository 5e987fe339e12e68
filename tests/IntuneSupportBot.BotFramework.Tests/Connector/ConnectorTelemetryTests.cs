using IntuneSupportBot.BotFramework;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ConnectorTelemetryTests
{
    [Fact]
    public async Task A_failed_delete_is_counted_with_its_operation_and_status()
    {
        var measured = new ConcurrentBag<(string Instrument, string? Operation, object? Status)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? operation = null;
            object? status = null;
            foreach (var tag in tags)
            {
                switch (tag.Key)
                {
                    case BotTelemetry.OperationTag:
                        operation = tag.Value as string;
                        break;
                    case BotTelemetry.StatusCodeTag:
                        status = tag.Value;
                        break;
                }
            }

            measured.Add((instrument.Name, operation, status));
        });
        listener.Start();

        await using var stub = await ConnectorStub.StartAsync();
        // 410 is used by no other test, so measurements from tests running in parallel cannot match.
        stub.FailNext(410, errorCode: "Gone");
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<ConnectorException>(() => client.DeleteActivityAsync(stub.ServiceUrl, "a:1xYz", "17", CancellationToken.None));

        var mine = measured.Where(m => m.Operation == ConnectorOperation.DeleteActivity && Equals(m.Status, 410)).Select(m => m.Instrument).Order().ToList();
        Assert.Equal(["bot.connector.failures", "bot.connector.requests"], mine);
    }

    [Fact]
    public void A_call_held_back_to_keep_within_Teams_limits_records_its_wait_and_the_limit_that_held_it()
    {
        var measured = new ConcurrentBag<(double Seconds, string? Limit)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && instrument.Name == "bot.connector.pacing.delay")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            string? limit = null;
            foreach (var tag in tags)
            {
                if (tag.Key == BotTelemetry.PacingLimitTag)
                {
                    limit = tag.Value as string;
                }
            }

            measured.Add((seconds, limit));
        });
        listener.Start();

        // Limits no other test uses, so waits recorded by tests running beside this one cannot match.
        var time = new FakeTimeProvider();
        var pacer = new SendPacer(Options.Create(new ConnectorOptions
        {
            ThreadLimits = [new SendLimit { Sends = 1, Window = TimeSpan.FromMilliseconds(1370) }],
            AppCallsPerSecond = 3,
        }), time);

        Assert.True(pacer.WaitTurnAsync("a:first", CancellationToken.None).IsCompletedSuccessfully);
        var heldByThread = pacer.WaitTurnAsync("a:first", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(290));
        Assert.True(pacer.WaitTurnAsync("a:second", CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(pacer.WaitTurnAsync("a:third", CancellationToken.None).IsCompletedSuccessfully);
        var heldByApp = pacer.WaitTurnAsync("a:fourth", CancellationToken.None);

        Assert.False(heldByThread.IsCompleted);
        Assert.False(heldByApp.IsCompleted);
        // The second post to a:first waits out its thread's window; the fourth call in the app's second waits until
        // the first call has left that second.
        Assert.Contains(measured, m => Math.Abs(m.Seconds - 1.37) < 1e-9 && m.Limit == BotTelemetry.ThreadLimit);
        Assert.Contains(measured, m => Math.Abs(m.Seconds - 0.71) < 1e-9 && m.Limit == BotTelemetry.AppLimit);
        Assert.DoesNotContain(measured, m => m.Seconds <= 0);
    }
}
