using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntuneSupportBot.BotFramework;

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

    /// <summary>Turns handled, by activity type.</summary>
    public static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("bot.turns", unit: "{turn}", description: "Turns handled");

    /// <summary>Time from an authenticated activity to the end of its turn, replies included.</summary>
    public static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("bot.turn.duration", unit: "s", description: "Turn latency");

    public const string ActivityTypeTag = "bot.activity.type";

    /// <summary>
    /// How long an outbound call waited to stay within Teams' rate limits, tagged with the limit that held it:
    /// a steady stream of waits tells the operator the bot is running at Teams' pace, before Teams answers 429.
    /// </summary>
    public static readonly Histogram<double> PacingDelay =
        Meter.CreateHistogram<double>("bot.connector.pacing.delay", unit: "s", description: "Time an outbound call waited to stay within Teams' rate limits");

    public const string PacingLimitTag = "bot.pacing.limit";
    public const string ThreadLimit = "thread";
    public const string AppLimit = "app";

    public static void RecordTurn(string activityType, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>(ActivityTypeTag, activityType);
        Turns.Add(1, tag);
        TurnDuration.Record(elapsed.TotalSeconds, tag);
    }
}
