using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace IntuneSupportBot.Tests.Deployment;

/// <summary>The official bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, run as a process.</summary>
internal static class BicepCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    private static string Executable
    {
        get
        {
            var packageDirectory = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "BicepPackageDirectory").Value;
            var path = Path.Combine(packageDirectory!, "tools", "bicep");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The bicep CLI is missing; restore the test project.", path);
            }

            // NuGet does not always keep the executable bit when it extracts a package.
            if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
            }

            return path;
        }
    }

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>"level ruleId: message (file:line)" for every result of a SARIF log.</summary>
    public static IReadOnlyList<string> SarifResults(string sarif) =>
        [.. JsonNode.Parse(sarif)!["runs"]!.AsArray().SelectMany(run => run!["results"]!.AsArray()).Select(result =>
            $"{result!["level"] ?? "warning"} {result["ruleId"]}: {result["message"]!["text"]} "
            + $"({result["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]}:"
            + $"{result["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]})")];
}
