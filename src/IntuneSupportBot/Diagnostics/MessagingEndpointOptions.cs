namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// <c>Bot:MessagingEndpoint</c>: the public URL the Azure Bot resource calls. The bot itself never needs it (Teams
/// finds the bot through Azure Bot), so only <c>doctor</c> reads it, to check what the operator set there.
/// </summary>
public sealed class MessagingEndpointOptions
{
    public const string SectionName = "Bot";

    /// <summary>For example <c>https://contoso-bot.azurewebsites.net/api/messages</c>.</summary>
    public string? MessagingEndpoint { get; set; }
}
