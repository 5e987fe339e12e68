namespace IntuneSupportBot.Graph;

internal static partial class DirectoryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "LOCAL DIRECTORY IN USE: no Graph credentials under Directory, so tiers, agents, users and devices come from the demo tenant in Directory:Local ({UserCount} users, {TierCount} tiers). Set Directory:ClientSecret, CertificatePath or ManagedIdentityClientId to use Microsoft Graph.")]
    public static partial void LocalDirectoryInUse(ILogger logger, int userCount, int tierCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Microsoft Graph directory at {BaseUrl} for tenant {TenantId} with a {CredentialKind} credential")]
    public static partial void GraphDirectoryInUse(ILogger logger, Uri baseUrl, string? tenantId, string credentialKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tier {Tier} channel '{ChannelName}' resolved to {ChannelId}")]
    public static partial void TierChannelResolved(ILogger logger, int tier, string channelName, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Requester {UserId} is not in the directory")]
    public static partial void RequesterNotFound(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Requester context for {UserId} is unavailable: the directory could not be read; it will be fetched again later")]
    public static partial void RequesterContextUnavailable(ILogger logger, string userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Enrollment troubleshooting events are not available for {UserId} (HTTP {StatusCode}); the context is given without them")]
    public static partial void EnrollmentEventsNotExposed(ILogger logger, string userId, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the members of group {GroupId} failed; the previous member list keeps answering")]
    public static partial void MembershipRefreshFailed(ILogger logger, string groupId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local directory: bridge meeting {MeetingId} created")]
    public static partial void LocalBridgeMeetingCreated(ILogger logger, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local directory: activity notification '{ActivityType}' for {UserId} (Teams is not connected in local mode)")]
    public static partial void LocalActivityNotification(ILogger logger, string userId, string activityType);
}
