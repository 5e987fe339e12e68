using System.Text.Json.Serialization;

namespace LoadDriver;

/// <summary>The figures of one run; one JSON line on stdout and, with --json, a file the report reads.</summary>
public sealed record RunResult(
    string Label,
    string Scenario,
    string Target,
    int Concurrency,
    double WarmupSeconds,
    double MeasuredSeconds,
    long Turns,
    double TurnsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    long Non2xx,
    long TransportErrors,
    long Timeouts,
    long WrongReplies,
    long UnexpectedReplies,
    long IgnoredActivities,
    double? PeakRssMiB,
    double? HighWaterMarkMiB,
    double? TargetCpuPercent,
    double? DriverCpuPercent,
    double? LoadAverageAtStart,
    DateTimeOffset StartedAt)
{
    [JsonIgnore]
    public long Errors => Non2xx + TransportErrors + Timeouts + WrongReplies;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunResult))]
public sealed partial class ResultJsonContext : JsonSerializerContext;
