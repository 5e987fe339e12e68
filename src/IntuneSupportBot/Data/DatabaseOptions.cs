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
}
