using System.Diagnostics;
using IntuneSupportBot.Bench.Triage;
using IntuneSupportBot.Intake;

// triage bench: generate N messages as JSON Lines, then run the triage command over them in this process.
//   TriageBench generate FILE [COUNT]
//   TriageBench run FILE CATALOG
switch (args)
{
    case ["generate", var file, ..]:
        var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        await File.WriteAllLinesAsync(file, MessageGenerator.Generate(count, seed: 4));
        Console.WriteLine($"{count} messages -> {file}");
        return 0;
    case ["run", var file, var catalog]:
        var watch = Stopwatch.StartNew();
        using (var sink = new StreamWriter(Stream.Null))
        {
            var exit = await TriageCommand.RunAsync(["--catalog", catalog, file], TextReader.Null, sink, CancellationToken.None);
            if (exit != 0)
            {
                return exit;
            }
        }

        Console.WriteLine($"triage in-process: {watch.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    default:
        Console.Error.WriteLine("usage: TriageBench generate FILE [COUNT] | run FILE CATALOG");
        return 2;
}
