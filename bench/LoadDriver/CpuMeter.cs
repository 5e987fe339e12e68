using System.Diagnostics;
using System.Globalization;

namespace LoadDriver;

/// <summary>
/// CPU time used by the target and by the driver over the measured window, as percent of one core, plus the
/// machine's load average, so a figure taken while other work ran on the machine can be recognised as such.
/// </summary>
public sealed class CpuMeter(int? targetPid, TimeProvider clock)
{
    // USER_HZ is 100 on every Linux architecture .NET runs on; /proc reports CPU time in these ticks.
    private const double TicksPerSecond = 100;

    private (long At, double? Target, double Driver)? _start;

    public double? LoadAverageAtStart { get; private set; }

    public void Start()
    {
        LoadAverageAtStart = ReadLoadAverage();
        _start = (clock.GetTimestamp(), TargetCpuSeconds(), DriverCpuSeconds());
    }

    public (double? TargetPercent, double? DriverPercent) Stop()
    {
        if (_start is not { } start)
        {
            return (null, null);
        }
        var seconds = clock.GetElapsedTime(start.At).TotalSeconds;
        var target = TargetCpuSeconds() - start.Target;
        return (100 * target / seconds, 100 * (DriverCpuSeconds() - start.Driver) / seconds);
    }

    private static double DriverCpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private double? TargetCpuSeconds()
    {
        if (targetPid is not { } pid)
        {
            return null;
        }
        try
        {
            // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture))
                / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double? ReadLoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
