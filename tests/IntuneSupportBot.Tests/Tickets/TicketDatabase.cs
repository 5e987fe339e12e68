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
    private readonly string _folder;

    private TicketDatabase(ServiceProvider services, string folder, FakeTimeProvider clock, TestLogSink logs)
    {
        _services = services;
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
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddDatabase()
            .AddTickets()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.PrepareDatabaseAsync(CancellationToken.None);
        return new TicketDatabase(services, folder, clock, logs);
    }

    /// <summary>The stored history rows of a ticket, each as its full column text, in order.</summary>
    public async Task<IReadOnlyList<string>> HistoryRowsAsync(string ticketId)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var rows = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Sequence).ToListAsync();
        return [.. rows.Select(row => System.Text.Json.JsonSerializer.Serialize(row))];
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
