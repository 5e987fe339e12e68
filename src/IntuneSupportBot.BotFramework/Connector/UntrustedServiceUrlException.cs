namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>A call was aimed at a serviceUrl outside the trusted hosts; nothing was sent.</summary>
public sealed class UntrustedServiceUrlException(string host)
    : Exception($"The serviceUrl host '{host}' is not trusted for Bot Connector calls; nothing was sent.")
{
    public string Host { get; } = host;
}
