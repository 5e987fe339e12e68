using IntuneSupportBot.Data;
using IntuneSupportBot.Diagnostics;
using IntuneSupportBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.Tests.Diagnostics;

/// <summary>
/// Runs the real <c>doctor</c> command in-process with the repository's appsettings.json, settings passed as
/// command-line overrides, and a folder of its own for the database.
/// </summary>
internal sealed class DoctorRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("isb-doctor-").FullName;

    public string DatabasePath => Path.Combine(Folder, "bot.db");

    public async Task<DoctorOutput> RunAsync(
        IReadOnlyDictionary<string, string>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        var overrides = new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
            // Generous: every outside service here is on loopback and answers or refuses at once; only a loaded machine is slow.
            ["Diagnostics:CheckTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            overrides[key] = value;
        }

        var output = new StringWriter();
        string[] args = ["doctor", .. overrides.Select(setting => $"--{setting.Key}={setting.Value}")];
        var exitCode = await DoctorCommand.RunAsync(args, output, configure, replaceServices, CancellationToken.None);
        return new DoctorOutput(exitCode, output.ToString());
    }

    /// <summary>Creates and migrates the database the way the bot's start-up does.</summary>
    public async Task MigrateAsStartUpDoesAsync()
    {
        await using var app = BotApplication.Create([$"--Database:ConnectionString=Data Source={DatabasePath}"], builder => builder.Logging.ClearProviders());
        await app.Services.PrepareDatabaseAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

internal sealed record DoctorOutput(int ExitCode, string Text)
{
    public IReadOnlyList<string> Lines => [.. Text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0)];

    /// <summary>The one report line of the named check.</summary>
    public string Line(string name) => Assert.Single(Lines, line => line.Length > 6 && line[6..].StartsWith(name + ":", StringComparison.Ordinal));
}
