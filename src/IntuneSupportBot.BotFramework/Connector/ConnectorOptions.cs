namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>How hard the outbound client tries and how fast it may post, bound from <c>Bot:Connector</c>.</summary>
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

    /// <summary>Posts allowed per conversation within <see cref="SendWindow"/> (Teams: 7 per second per thread); 0 turns pacing off.</summary>
    public int MaxSendsPerWindow { get; set; } = 7;

    public TimeSpan SendWindow { get; set; } = TimeSpan.FromSeconds(1);
}
