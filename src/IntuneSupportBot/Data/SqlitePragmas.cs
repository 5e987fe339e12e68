using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntuneSupportBot.Data;

/// <summary>
/// synchronous=NORMAL is durable across process crashes in WAL mode (set once on the file at start-up, see
/// <see cref="DataServiceCollectionExtensions.PrepareDatabaseAsync"/>) and avoids an fsync per commit.
/// temp_store=MEMORY keeps the undo copies of a savepoint's pages in memory: a group commit gives every write a
/// savepoint, and past 64 KiB SQLite otherwise spills those copies to a temporary file, one write call per page.
/// wal_autocheckpoint is SQLite's own checkpoint inside a commit, left as the safety net of <see cref="WalCheckpointer"/>,
/// which copies the WAL well before this size while writers go on.
/// These pragmas belong to the physical connection, which the pool keeps open, so they are applied once per physical
/// connection rather than on every logical open; all are allowed on read-only connections.
/// </summary>
public sealed class SqlitePragmas(int autoCheckpointPages) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    private readonly string _pragmas =
        $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={autoCheckpointPages};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);
}
