using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.Data;
using IntuneSupportBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.Tests.Hosting;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port) with its own SQLite file; configuration is what a test
/// passes, on top of the repository's appsettings.json.
/// </summary>
public sealed class TestBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private TestBotHost(WebApplication app, string folder, Uri baseAddress, TestLogSink logs)
    {
        _app = app;
        Logs = logs;
        _folder = folder;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    public TestLogSink Logs { get; }

    /// <param name="replaceServices">Runs after the app's own registrations, so what it registers wins.</param>
    public static async Task<TestBotHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        var folder = Directory.CreateTempSubdirectory("intunesupportbot-").FullName;
        var logs = new TestLogSink();
        var app = BotApplication.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bot.db")}",
                ["Diagnostics:Echo"] = "true",
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        }, replaceServices);
        await app.Services.PrepareDatabaseAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestBotHost(app, folder, new Uri(address), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the OS temp folder is cleaned eventually.
        }
    }
}
