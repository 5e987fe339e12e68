namespace IntuneSupportBot.Teams;

/// <summary>Where one posted copy of an item's card lives, so later changes update it in place.</summary>
public sealed class CardCopy
{
    public required string CopyKey { get; set; }

    public required string ItemKey { get; set; }

    /// <summary>The outbox ordering key of the conversation the copy lives in.</summary>
    public required string ThreadKey { get; set; }

    /// <summary>The conversation holding the message: a channel thread (<c>19:…;messageid=N</c>) or a chat (<c>a:…</c>).</summary>
    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary>The channel (<c>19:…@thread.tacv2</c>) a channel copy was opened in, so a lost copy can be posted afresh.</summary>
    public string? ChannelId { get; set; }

    public string? TenantId { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
