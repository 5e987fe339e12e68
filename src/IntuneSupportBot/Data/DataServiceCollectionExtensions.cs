using IntuneSupportBot.BotFramework.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Data;

public static class DataServiceCollectionExtensions
{
    // Four times this is SQLite's own checkpoint threshold, and it must stay an int.
    private const int MaxWalRestartPages = 1_000_000;

    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => o.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase), "Database:Provider must be Sqlite.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString is required.")
            .Validate(o => o.CheckpointInterval > TimeSpan.Zero, "Database:CheckpointInterval must be positive.")
            .Validate(o => o.WalRestartPages is > 0 and <= MaxWalRestartPages, $"Database:WalRestartPages must be between 1 and {MaxWalRestartPages}.")
            .ValidateOnStart();
        services.AddPooledDbContextFactory<AppDbContext>((provider, db) =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            db.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmas(options.WalRestartPages * 4));
        });
        services.AddSingleton(new DatabaseWriteGate(serializeWrites: true));
        services.AddSingleton<GroupCommit>();
        services.AddHostedService<WalCheckpointer>();
        services.AddSingleton<DbStorage>();
        // One process owns a SQLite file, so its state can be served from memory and written through.
        services.AddSingleton<IStorage>(provider => new CachingStorage(
            provider.GetRequiredService<DbStorage>(),
            new MemoryCache(new MemoryCacheOptions { SizeLimit = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.StateCacheEntries })));
        return services;
    }

    /// <summary>Creates the SQLite file's folder, applies pending migrations and turns on WAL, before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var contexts = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync(ct);
        }
        // WAL lets readers run beside the one writer; the mode is stored in the file, so it is set once here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
