using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Data;

/// <summary>The settings every connection of the app's SQLite file runs with, read back from SQLite itself.</summary>
public sealed class SqlitePragmasTests : IAsyncLifetime
{
    private TicketDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TicketDatabase.StartAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("journal_mode", "wal")]
    [InlineData("synchronous", "1")]
    [InlineData("busy_timeout", "5000")]
    // 2 = memory: the undo copies of each write's savepoint in a group commit stay off the disk.
    [InlineData("temp_store", "2")]
    // SQLite's own checkpoint, the safety net of the checkpointer's: four times Database:WalRestartPages (4,000).
    [InlineData("wal_autocheckpoint", "16000")]
    public async Task A_connection_from_the_apps_factory_runs_with(string pragma, string expected)
    {
        await using var db = await _database.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";

        Assert.Equal(expected, Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
