using System.Globalization;

namespace LoadDriver;

/// <summary>The human-readable lines of a result.</summary>
public static class ResultText
{
    public static string Describe(RunResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        {r.Label}: {r.Scenario} against {r.Target}, {r.Concurrency} conversations, {r.MeasuredSeconds:0.0} s measured after {r.WarmupSeconds:0.#} s warm-up
          turns         {r.Turns} ({r.TurnsPerSecond:0.0}/s)
          latency ms    p50 {r.P50Ms:0.00}  p95 {r.P95Ms:0.00}  p99 {r.P99Ms:0.00}  max {r.MaxMs:0.00}  mean {r.MeanMs:0.00}
          errors        non-2xx {r.Non2xx}  transport {r.TransportErrors}  timeouts {r.Timeouts}  wrong replies {r.WrongReplies}
          other         unexpected replies {r.UnexpectedReplies}  non-message activities {r.IgnoredActivities}
          target RSS    {Mib(r.PeakRssMiB)} peak during run, VmHWM {Mib(r.HighWaterMarkMiB)}
          CPU % of core target {Percent(r.TargetCpuPercent)}  driver {Percent(r.DriverCpuPercent)}  (load average {r.LoadAverageAtStart:0.00} at start)
        """);

    public static string Percent(double? percent) =>
        percent is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "n/a";

    public static string Mib(double? mib) =>
        mib is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " MiB" : "not sampled";
}
