using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Hosting;
using IntuneSupportBot.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>The app's own data and ticket registrations on a SQLite file of this test's own, migrated, with a fake clock.</summary>
internal sealed class TicketDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IConfiguration _configuration;
    private readonly List<ServiceProvider> _restarts = [];
    private readonly string _folder;

    private TicketDatabase(ServiceProvider services, IConfiguration configuration, string folder, FakeTimeProvider clock, TestLogSink logs)
    {
        _services = services;
        _configuration = configuration;
        _folder = folder;
        Clock = clock;
        Logs = logs;
    }

    public FakeTimeProvider Clock { get; }

    public TestLogSink Logs { get; }

    public TicketStore Store => _services.GetRequiredService<TicketStore>();

    public IServiceProvider Services => _services;

    public static async Task<TicketDatabase> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("isb-tickets-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "tickets.db")}" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var clock = new FakeTimeProvider(TicketSamples.Start);
        var logs = new TestLogSink();
        var services = Build(configuration, clock, logs);
        await services.PrepareDatabaseAsync(CancellationToken.None);
        return new TicketDatabase(services, configuration, folder, clock, logs);
    }

    /// <summary>The store of a second process start on the same file: nothing remembered in memory, all read from the file.</summary>
    public TicketStore StoreAfterRestart()
    {
        var services = Build(_configuration, Clock, Logs);
        _restarts.Add(services);
        return services.GetRequiredService<TicketStore>();
    }

    private static ServiceProvider Build(IConfiguration configuration, FakeTimeProvider clock, TestLogSink logs) =>
        new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddDatabase()
            .AddTickets()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>The stored history rows of a ticket, each as its full column text, in order.</summary>
    public async Task<IReadOnlyList<string>> HistoryRowsAsync(string ticketId)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var rows = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Sequence).ToListAsync();
        return [.. rows.Select(row => System.Text.Json.JsonSerializer.Serialize(row))];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var restart in _restarts)
        {
            await restart.DisposeAsync();
        }
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
