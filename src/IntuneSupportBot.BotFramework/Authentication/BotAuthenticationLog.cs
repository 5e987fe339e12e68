using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.BotFramework.Authentication;

internal static partial class BotAuthenticationLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound Bot Framework request refused: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Signing keys reloaded from {MetadataUrl}: {KeyCount} keys")]
    public static partial void SigningKeysReloaded(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Reloading signing keys from {MetadataUrl} failed; the cached keys stay in use")]
    public static partial void SigningKeyReloadFailed(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Bot Framework signing keys could not be loaded from {MetadataUrl}")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataUrl, Exception exception);
}
