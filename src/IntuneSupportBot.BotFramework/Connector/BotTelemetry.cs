using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// The protocol layer's trace source and meter, one name for both so an exporter subscribes once.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "IntuneSupportBot.BotFramework";

    public const string OperationTag = "operation";
    public const string StatusCodeTag = "http.response.status_code";

    public static readonly ActivitySource ActivitySource = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>Every outbound Bot Connector call, whatever its outcome.</summary>
    public static readonly Counter<long> ConnectorRequests =
        Meter.CreateCounter<long>("bot.connector.requests", unit: "{request}", description: "Outbound Bot Connector calls");

    /// <summary>Calls that ended in an error response, a timeout or a network failure (status 0).</summary>
    public static readonly Counter<long> ConnectorFailures =
        Meter.CreateCounter<long>("bot.connector.failures", unit: "{request}", description: "Failed outbound Bot Connector calls");
}
