namespace IntuneSupportBot.Teams;

/// <summary>How the outbox dispatcher sends and how long finished messages are kept, bound from <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off keeps messages queued and the table untouched (for maintenance, or a second process on the same database).</summary>
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

    /// <summary>How long a sent message is kept after it was sent; nothing reads it again once it is sent.</summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a failed or uncertain message is kept for an operator to look into, from its last attempt.</summary>
    public TimeSpan KeepFailedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often messages past their keeping time are deleted (also once at start-up); at most a day.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
