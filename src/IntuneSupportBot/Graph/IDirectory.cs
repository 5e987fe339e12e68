namespace IntuneSupportBot.Graph;

/// <summary>
/// What the bot asks the organization's directory: where each tier lives, who may act for a tier,
/// who a requester is and which devices they have in Intune, and how to open a bridge meeting.
/// Graph in production, configuration in local mode.
/// </summary>
public interface IDirectory
{
    /// <summary>Throws <see cref="TierChannelNotFoundException"/> when a configured channel name does not exist.</summary>
    Task<TierChannel> GetTierChannelAsync(int tier, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectoryUser>> GetTierMembersAsync(int tier, CancellationToken cancellationToken);

    Task<bool> IsTierMemberAsync(int tier, string aadObjectId, CancellationToken cancellationToken);

    Task<bool> IsTierLeadAsync(int tier, string aadObjectId, CancellationToken cancellationToken);

    Task<bool> IsBridgeCoordinatorAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The bridge-call coordinators, who are alerted when an urgent ticket is filed.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetBridgeCoordinatorsAsync(CancellationToken cancellationToken);

    /// <summary>Never throws for a directory outage: the answer then carries <see cref="ContextStatus.Unavailable"/>.</summary>
    Task<RequesterContext> GetRequesterContextAsync(string aadObjectId, CancellationToken cancellationToken);

    Task<BridgeMeeting> CreateBridgeMeetingAsync(BridgeMeetingRequest request, CancellationToken cancellationToken);

    Task SendActivityNotificationAsync(string aadObjectId, ActivityNotice notice, CancellationToken cancellationToken);
}
