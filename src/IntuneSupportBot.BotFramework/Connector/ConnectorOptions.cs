namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>How hard the outbound client tries and how fast it may call, bound from <c>Bot:Connector</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Retries after the first attempt; 3 means at most 4 attempts.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff step when the service gives no Retry-After; doubled per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Bounds a call including every retry and Retry-After wait.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Off, calls leave at once whatever Teams' limits: only for a load test against a stub that has none.</summary>
    public bool Pacing { get; set; } = true;

    /// <summary>
    /// Sends (posts, replies, updates, new threads) allowed per conversation; unset, Teams' short windows: 7 per
    /// second and 8 per 2 seconds per thread. Teams' 30-second and hourly windows are left to its 429 and
    /// Retry-After: waiting them out here would hold a send slot of the outbox for up to an hour.
    /// </summary>
    public List<SendLimit>? ThreadLimits { get; set; }

    /// <summary>
    /// Calls of every kind allowed per second for the whole bot (Teams: 50 per app and tenant; the bot serves one
    /// tenant); 0 leaves only the per-thread limits.
    /// </summary>
    public int AppCallsPerSecond { get; set; } = 50;

    public static IReadOnlyList<SendLimit> TeamsThreadLimits { get; } =
    [
        new() { Sends = 7, Window = TimeSpan.FromSeconds(1) },
        new() { Sends = 8, Window = TimeSpan.FromSeconds(2) },
    ];

    public IReadOnlyList<SendLimit> EffectiveThreadLimits => ThreadLimits is { Count: > 0 } limits ? limits : TeamsThreadLimits;

    public bool IsValid =>
        MaxRetryAttempts >= 0 && AttemptTimeout > TimeSpan.Zero && TotalTimeout >= AttemptTimeout
        && AppCallsPerSecond >= 0 && EffectiveThreadLimits.All(limit => limit.IsValid);
}
