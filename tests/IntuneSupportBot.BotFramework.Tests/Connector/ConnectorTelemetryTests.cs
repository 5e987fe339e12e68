using IntuneSupportBot.BotFramework;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;

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
}
