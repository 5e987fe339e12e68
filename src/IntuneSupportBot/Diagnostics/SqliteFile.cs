using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// Reads an existing database file read-only over a plain connection: whether it is SQLite at all, and which
/// migrations it records. The app's own connections set pragmas on open, which a read-only look must not do.
/// </summary>
internal static class SqliteFile
{
    /// <summary>The applied migration ids, or the SQLite error that says why the file cannot be read.</summary>
    public static async Task<(IReadOnlySet<string>? Applied, string? Problem)> ReadMigrationsAsync(string path, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var hasHistory = connection.CreateCommand();
            hasHistory.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            hasHistory.Parameters.AddWithValue("$name", HistoryRepository.DefaultTableName);
            if (Convert.ToInt64(await hasHistory.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return (new HashSet<string>(), null);
            }

            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var rows = await read.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                applied.Add(rows.GetString(0));
            }

            return (applied, null);
        }
        catch (SqliteException exception)
        {
            return (null, exception.Message);
        }
    }
}
