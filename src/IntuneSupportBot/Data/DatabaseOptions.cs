namespace IntuneSupportBot.Data;

/// <summary>Which database holds tickets and bot state, bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (a file, nothing to install) is the only provider so far.</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/intunesupportbot.db";

    /// <summary>Apply pending migrations at start-up (the operator can turn it off and migrate by hand).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How many state documents (conversations, users) are kept in memory between turns.</summary>
    public int StateCacheEntries { get; set; } = 50_000;

    /// <summary>How often the checkpointer copies what was written since its last pass from the WAL into the database file.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// WAL pages after which the checkpointer holds writers back for its last few pages, so that the next commit
    /// starts the WAL file from its beginning again (4,000 pages of 4 KiB: the file stays under ~20 MB).
    /// </summary>
    public int WalRestartPages { get; set; } = 4_000;
}
