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
/// These pragmas belong to the physical connection, which the pool keeps open, so they are applied once per physical
/// connection rather than on every logical open; all are allowed on read-only connections.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY;";
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);
}
