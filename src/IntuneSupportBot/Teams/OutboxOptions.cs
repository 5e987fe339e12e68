namespace IntuneSupportBot.Teams;

/// <summary>How the outbox dispatcher sends, bound from <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off keeps messages queued (for maintenance, or a second process on the same database).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the database is looked at when nothing signalled a new message (e.g. rows written by another process).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Conversations sent to at the same time; within one conversation messages always go one by one.</summary>
    public int MaxParallelThreads { get; set; } = 8;

    /// <summary>Attempts after which a message still failing transiently is marked failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first transient failure; doubled per attempt up to <see cref="BackoffCap"/>.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>On shutdown, how long a call already under way may still finish, so its result is recorded.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);
}
