using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Data;

/// <summary>
/// Checkpoints on a thread of their own, on a real SQLite file. Each test writes fewer pages than SQLite's own
/// checkpoint waits for (four times the restart size), so only the checkpointer can have copied them.
/// </summary>
public sealed class WalCheckpointerTests : IAsyncLifetime
{
    private const int RestartPages = 40;

    private TicketDatabase _database = null!;
    private WalCheckpointer _checkpointer = null!;

    private string DatabaseFile => new SqliteConnectionStringBuilder(
        _database.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.ConnectionString).DataSource;

    public async Task InitializeAsync()
    {
        _database = await TicketDatabase.StartAsync(new Dictionary<string, string?>
        {
            ["Database:WalRestartPages"] = RestartPages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:CheckpointInterval"] = "00:00:00.010",
        });
        // The database's clock is a fake one that only the tests move; the checkpointer's passes need real time.
        _checkpointer = ActivatorUtilities.CreateInstance<WalCheckpointer>(_database.Services, TimeProvider.System);
        await _checkpointer.StartAsync(default);
    }

    public async Task DisposeAsync()
    {
        await _checkpointer.StopAsync(default);
        _checkpointer.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Writes_reach_the_database_file_without_a_commit_copying_them_and_the_next_write_starts_the_wal_over()
    {
        var keys = Enumerable.Range(0, 20).Select(i => $"state-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await WriteAsync(key);
        }

        Assert.Equal(keys, await KeysInDatabaseFileAsync(keys.Count));

        await WriteAsync("after");
        // Started over, the WAL holds that one write's pages; without the restart it would hold every write's.
        Assert.InRange(await WalPagesAsync(), 1, RestartPages - 1);
    }

    [Fact]
    public async Task While_a_writer_holds_the_gate_under_the_restart_size_the_wal_is_still_copied()
    {
        await WriteAsync("first");
        await WriteAsync("second");

        using (await _database.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default))
        {
            Assert.Equal(["first", "second"], await KeysInDatabaseFileAsync(2));
        }
    }

    /// <summary>About four pages: a document too large for one page spills into overflow pages.</summary>
    private Task<bool> WriteAsync(string key) =>
        _database.Services.GetRequiredService<GroupCommit>().WriteAsync(async (db, ct) =>
        {
            db.BotState.Add(new BotStateEntry { Key = key, Json = new string('x', 10_000), ETag = "1" });
            await db.SaveChangesAsync(ct);
            return new BatchedWrite<bool>(true, Keep: true);
        }, null, default);

    /// <summary>The keys found in a copy of the database file alone (without its WAL), once it holds as many as expected.</summary>
    private async Task<IReadOnlyList<string>> KeysInDatabaseFileAsync(int expected)
    {
        var copy = Path.Combine(Path.GetDirectoryName(DatabaseFile)!, $"copy-{Guid.NewGuid():N}.db");
        List<string> keys = [];
        for (var attempt = 0; attempt < 200 && keys.Count < expected; attempt++)
        {
            await Task.Delay(25);
            File.Copy(DatabaseFile, copy, overwrite: true);
            try
            {
                await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT \"Key\" FROM \"bot_state\";";
                await using var reader = await command.ExecuteReaderAsync();
                keys = [];
                while (await reader.ReadAsync())
                {
                    keys.Add(reader.GetString(0));
                }
            }
            catch (SqliteException)
            {
                // Copied in the middle of a pass: the next attempt copies again.
                keys = [];
            }
        }
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The WAL's size in pages, as SQLite reports it (its own passive checkpoint copies, but leaves the size).</summary>
    private async Task<int> WalPagesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt32(1);
    }
}
