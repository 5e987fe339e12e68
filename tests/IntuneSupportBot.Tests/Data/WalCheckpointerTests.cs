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

    private TicketDatabase? _database;
    private WalCheckpointer? _checkpointer;

    private TicketDatabase Database => _database ?? throw new InvalidOperationException("Start the database first.");

    private string DatabaseFile => new SqliteConnectionStringBuilder(
        Database.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.ConnectionString).DataSource;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(int restartPages)
    {
        _database = await TicketDatabase.StartAsync(new Dictionary<string, string?>
        {
            ["Database:WalRestartPages"] = restartPages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:CheckpointInterval"] = "00:00:00.010",
        });
        // The database's clock is a fake one that only the tests move; the checkpointer's passes need real time.
        _checkpointer = ActivatorUtilities.CreateInstance<WalCheckpointer>(_database.Services, TimeProvider.System);
        await _checkpointer.StartAsync(default);
    }

    public async Task DisposeAsync()
    {
        if (_checkpointer is not null)
        {
            await _checkpointer.StopAsync(default);
            _checkpointer.Dispose();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Writes_reach_the_database_file_without_a_commit_copying_them_and_the_next_write_starts_the_wal_over()
    {
        await StartAsync(RestartPages);
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
        // Far above what the migrations and these writes put in the WAL, so no pass ever needs the gate.
        await StartAsync(restartPages: 100_000);
        await WriteAsync("first");
        await WriteAsync("second");

        using (await Database.Services.GetRequiredService<DatabaseWriteGate>().EnterAsync(default))
        {
            Assert.Equal(["first", "second"], await KeysInDatabaseFileAsync(2));
        }
    }

    /// <summary>About four pages: a document too large for one page spills into overflow pages.</summary>
    private Task<bool> WriteAsync(string key) =>
        Database.Services.GetRequiredService<GroupCommit>().WriteAsync(async (db, ct) =>
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

    /// <summary>
    /// The WAL's size in pages, as SQLite reports it (its own passive checkpoint copies, but leaves the size). While
    /// the checkpointer's own pass runs, SQLite answers busy with -1, so the question is asked again.
    /// </summary>
    private async Task<int> WalPagesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        for (var attempt = 1; ; attempt++)
        {
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var pages = reader.GetInt32(1);
            if (pages >= 0 || attempt == 100)
            {
                return pages;
            }
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task The_gate_counts_a_writer_when_it_leaves_and_once_however_often_its_entry_is_disposed()
    {
        var gate = new DatabaseWriteGate(serializeWrites: true);

        var entry = await gate.EnterAsync(default);
        Assert.Equal(0, gate.Exits);
        entry.Dispose();
        entry.Dispose();
        using (gate.Enter(default))
        {
            Assert.Equal(1, gate.Exits);
        }

        Assert.Equal(2, gate.Exits);
    }
}
