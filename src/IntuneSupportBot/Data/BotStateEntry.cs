namespace IntuneSupportBot.Data;

/// <summary>One stored state document (conversation state, user state, a conversation reference).</summary>
public sealed class BotStateEntry
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
