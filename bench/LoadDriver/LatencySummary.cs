namespace LoadDriver;

/// <summary>Exact percentiles over every measured turn (all samples are kept, so no histogram rounding).</summary>
public sealed record LatencySummary(double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary From(IEnumerable<List<long>> samplesPerUser, long ticksPerSecond)
    {
        var all = samplesPerUser.SelectMany(s => s).ToArray();
        if (all.Length == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        Array.Sort(all);
        double Ms(long ticks) => ticks * 1000.0 / ticksPerSecond;

        // Nearest rank: the smallest sample with at least p of all samples at or below it.
        double Percentile(double p) => Ms(all[Math.Max(0, (int)Math.Ceiling(p * all.Length) - 1)]);

        return new LatencySummary(Percentile(0.50), Percentile(0.95), Percentile(0.99), Ms(all[^1]), Ms((long)all.Average()));
    }
}
