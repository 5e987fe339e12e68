namespace IntuneSupportBot.Tickets;

/// <summary>Section <c>Tickets</c>: how long a resolved ticket waits before it closes, and before reopening ends.</summary>
public sealed class TicketOptions
{
    public const string SectionName = "Tickets";

    /// <summary>A resolved ticket nobody touched for this long closes on its own.</summary>
    public TimeSpan QuietPeriodBeforeAutoClose { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long after resolution the requester may still reopen.</summary>
    public TimeSpan ReopenWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Letters before the number in a ticket's id (<c>INT-1042</c>).</summary>
    public string IdPrefix { get; set; } = "INT";

    /// <summary>The language of the cards posted in the tier channels ("en" or "ko"); each agent's own view follows their client.</summary>
    public string ChannelLanguage { get; set; } = "en";

    /// <summary>The time zone times are shown in on cards (an IANA id such as <c>Asia/Seoul</c>).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How often requester contexts that were unavailable at filing are read again.</summary>
    public TimeSpan DeviceContextRetryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many recently used tickets are kept in memory (one instance on SQLite owns the file, so they stay current).</summary>
    public int CacheEntries { get; set; } = 10_000;

    public bool IsValid =>
        QuietPeriodBeforeAutoClose > TimeSpan.Zero
        && ReopenWindow > TimeSpan.Zero
        && DeviceContextRetryInterval > TimeSpan.Zero
        && CacheEntries > 0
        && IdPrefix.Length is > 0 and <= 10
        && IdPrefix.All(char.IsAsciiLetterUpper);
}
