using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LoadDriver;

/// <summary>
/// Turns the JSON results of one run.sh session into a Markdown table: every run, its share of the bare-Kestrel
/// ceiling, and the ratio of the runs labelled "ours" to those labelled "peer" for each scenario.
/// </summary>
public static class MarkdownReport
{
    public const string Ours = "ours";
    public const string Peer = "peer";
    public const string Bare = "bare";

    public static async Task WriteAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        string? output = null;
        var notes = new List<string>();
        var results = new List<RunResult>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count: output = args[++i]; break;
                case "--note" when i + 1 < args.Count: notes.Add(args[++i]); break;
                default: results.Add(await ReadAsync(args[i], cancellationToken)); break;
            }
        }
        var markdown = Render(results, notes);
        if (output is null)
        {
            Console.Write(markdown);
            return;
        }
        await File.WriteAllTextAsync(output, markdown, cancellationToken);
        Console.Write(markdown);
    }

    public static string Render(IReadOnlyList<RunResult> results, IReadOnlyList<string> notes)
    {
        var md = new StringBuilder();
        var started = results.Count > 0 ? results.Min(r => r.StartedAt) : default;
        md.AppendLine(Invariant($"## Bench run {started:yyyy-MM-dd HH:mm} UTC"));
        md.AppendLine();
        md.AppendLine(Invariant($"{Environment.ProcessorCount} cores; driver, stub connector and target on 127.0.0.1 of the same machine."));
        md.AppendLine();
        md.AppendLine("| target | scenario | conversations | turns/s | % of bare | p50 ms | p95 ms | p99 ms | max ms | errors | peak RSS MiB | target CPU % | driver CPU % | load avg |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var bare = results.FirstOrDefault(r => r.Label == Bare);
        foreach (var r in results)
        {
            var share = bare is null ? "" : Invariant($"{100 * r.TurnsPerSecond / bare.TurnsPerSecond:0.0}");
            md.AppendLine(Invariant(
                $"| {r.Label} | {r.Scenario} | {r.Concurrency} | {r.TurnsPerSecond:0} | {share} | {r.P50Ms:0.00} | {r.P95Ms:0.00} | {r.P99Ms:0.00} | {r.MaxMs:0.00} | {r.Errors} | {Mib(r.PeakRssMiB)} | {ResultText.Percent(r.TargetCpuPercent)} | {ResultText.Percent(r.DriverCpuPercent)} | {r.LoadAverageAtStart:0.00} |"));
        }

        var pairs = results.Where(r => r.Label == Ours)
            .Select(o => (ours: o, peer: results.FirstOrDefault(p => p.Label == Peer && p.Scenario == o.Scenario)))
            .Where(pair => pair.peer is not null)
            .ToList();
        if (pairs.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| ours / peer | turns/s | p50 | p99 | peak RSS |");
            md.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (ours, peer) in pairs)
            {
                md.AppendLine(Invariant(
                    $"| {ours.Scenario} | {Ratio(ours.TurnsPerSecond, peer!.TurnsPerSecond)} | {Ratio(ours.P50Ms, peer.P50Ms)} | {Ratio(ours.P99Ms, peer.P99Ms)} | {Ratio(ours.PeakRssMiB, peer.PeakRssMiB)} |"));
            }
        }

        if (notes.Count > 0)
        {
            md.AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine("- " + note);
            }
        }
        return md.ToString();
    }

    private static async Task<RunResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(file, ResultJsonContext.Default.RunResult, cancellationToken)
            ?? throw new OptionException($"{path} holds no result");
    }

    private static string Ratio(double? ours, double? peer) =>
        ours is { } o && peer is { } p && p > 0 ? Invariant($"{o / p:0.00}×") : "n/a";

    private static string Mib(double? mib) => mib is { } v ? Invariant($"{v:0}") : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
