using System.Text.Json;
using LoadDriver;

// Bot Framework load driver: see bench/README.md for what each figure means.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

try
{
    if (args is ["report", .. var reportArgs])
    {
        await MarkdownReport.WriteAsync(reportArgs, interrupted.Token);
        return 0;
    }

    var options = DriverOptions.Parse(args);
    var result = await LoadRun.RunAsync(options, TimeProvider.System, interrupted.Token);
    var json = JsonSerializer.Serialize(result, ResultJsonContext.Default.RunResult);
    Console.WriteLine(ResultText.Describe(result));
    Console.WriteLine(json);
    if (options.JsonPath is { } path)
    {
        await File.WriteAllTextAsync(path, json + Environment.NewLine, interrupted.Token);
    }
    return result.Turns > 0 ? 0 : 1;
}
catch (SetupFailedException e)
{
    await Console.Error.WriteLineAsync($"claim set-up failed: {e.Message}");
    return 1;
}
catch (OptionException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(DriverOptions.Usage);
    return 2;
}
