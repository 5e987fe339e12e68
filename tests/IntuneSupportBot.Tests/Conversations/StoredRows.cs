using Microsoft.Data.Sqlite;

namespace IntuneSupportBot.Tests.Conversations;

/// <summary>The bot_state table of a test host's SQLite file, read directly (key and JSON of every row).</summary>
public static class StoredRows
{
    public static async Task<IReadOnlyList<(string Key, string Json)>> ReadAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Key\", \"Json\" FROM bot_state";
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }
        return rows;
    }

    /// <summary>Every byte of the database and its write-ahead log, for a search no table layout can hide from.</summary>
    public static async Task<string> RawAsync(string databasePath)
    {
        var text = new System.Text.StringBuilder();
        foreach (var path in new[] { databasePath, databasePath + "-wal" }.Where(File.Exists))
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(file, System.Text.Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }
}
