using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Data;

/// <summary>
/// Keeps SQLite's checkpoints out of the writers' way. SQLite's automatic checkpoint runs inside the commit that
/// crosses its threshold and syncs the WAL and then the database file while every other writer waits: under load
/// ~5–10 ms, a dozen times a second, and each time every card press in flight waited with it. Here a thread of its
/// own copies the WAL into the database file while writers go on (a passive checkpoint never blocks them). Only once
/// the WAL holds <see cref="DatabaseOptions.WalRestartPages"/> pages does it hold writers back, for the few pages
/// written during its last pass: with all of the WAL copied, the next commit starts the file from its beginning again.
/// SQLite's own automatic checkpoint stays on at four times that size (<see cref="SqlitePragmas"/>), should this
/// thread fall behind or stop.
/// </summary>
public sealed partial class WalCheckpointer(
    IDbContextFactory<AppDbContext> contexts,
    DatabaseWriteGate writeGate,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    ILogger<WalCheckpointer> logger) : IHostedService, IDisposable
{
    private const string PassiveCheckpoint = "PRAGMA wal_checkpoint(PASSIVE);";

    private readonly CancellationTokenSource _stopping = new();
    private Thread? _thread;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A pass blocks on SQLite's file I/O for milliseconds, which a thread-pool thread should not.
        _thread = new Thread(Run) { IsBackground = true, Name = "WAL checkpoint" };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        _thread?.Join();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _thread?.Join();
        _stopping.Dispose();
    }

    private void Run()
    {
        var seen = -1L;
        AppDbContext? db = null;
        try
        {
            while (WaitForNextPass())
            {
                // Without a write done since the last pass there is nothing to copy.
                var exits = writeGate.Exits;
                if (exits == seen)
                {
                    continue;
                }
                seen = exits;
                try
                {
                    db ??= Open();
                    Pass((SqliteConnection)db.Database.GetDbConnection());
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // SQLite's own checkpoint still bounds the WAL; the next pass starts on a new connection.
                    Log.PassFailed(logger, e);
                    db?.Dispose();
                    db = null;
                }
            }
        }
        finally
        {
            db?.Dispose();
        }
    }

    private bool WaitForNextPass()
    {
        try
        {
            Task.Delay(options.Value.CheckpointInterval, clock, _stopping.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private AppDbContext Open()
    {
        var db = contexts.CreateDbContext();
        db.Database.OpenConnection();
        return db;
    }

    private void Pass(SqliteConnection connection)
    {
        if (Checkpoint(connection) < options.Value.WalRestartPages)
        {
            return;
        }
        using (writeGate.Enter(_stopping.Token))
        {
            Checkpoint(connection);
        }
    }

    /// <summary>Copies what it can of the WAL into the database file; the WAL's size in pages (-1 when not in WAL mode).</summary>
    private static int Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PassiveCheckpoint;
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt32(1) : -1;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "A WAL checkpoint pass failed; SQLite's own checkpoint still bounds the WAL")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
