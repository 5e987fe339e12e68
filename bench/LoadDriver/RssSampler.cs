using System.Globalization;

namespace LoadDriver;

/// <summary>Samples a process's resident set from /proc/PID/status while a run lasts.</summary>
public sealed class RssSampler(int pid, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>The largest VmRSS seen during the run, in KiB; null when the process could not be read.</summary>
    public long? PeakRssKiB { get; private set; }

    /// <summary>VmHWM at the last sample: the peak since the process started, earlier runs included.</summary>
    public long? HighWaterMarkKiB { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                if (!Sample())
                {
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Sample();
        }
    }

    private bool Sample()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (IOException)
        {
            return false;
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var rss = KiB(line);
                PeakRssKiB = Math.Max(PeakRssKiB ?? 0, rss);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                HighWaterMarkKiB = KiB(line);
            }
        }
        return true;
    }

    // Lines read "VmRSS:\t  123456 kB".
    private static long KiB(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}
