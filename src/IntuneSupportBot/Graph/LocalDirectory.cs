using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Graph;

/// <summary>
/// The demo tenant from Directory:Local, for running the whole bot on a laptop. Its enrollment failures are
/// shown as configured (no look-back window), so the demo keeps its story whatever the date.
/// </summary>
internal sealed class LocalDirectory(IOptions<DirectoryOptions> options, ILogger<LocalDirectory> logger) : IDirectory
{
    private readonly LocalDirectoryOptions local = options.Value.Local;

    // The demo tenant never changes while the bot runs, and every card press asks for each tier's channel and members.
    private readonly ConcurrentDictionary<int, Task<TierChannel>> channels = new();
    private readonly ConcurrentDictionary<int, Task<IReadOnlyList<DirectoryUser>>> members = new();

    public Task<TierChannel> GetTierChannelAsync(int tier, CancellationToken cancellationToken) =>
        channels.GetOrAdd(tier, static (tier, directory) =>
        {
            var config = directory.Tier(tier);
            return Task.FromResult(new TierChannel(tier, config.TeamId, config.ChannelId, config.ChannelName));
        }, this);

    public Task<IReadOnlyList<DirectoryUser>> GetTierMembersAsync(int tier, CancellationToken cancellationToken) =>
        members.GetOrAdd(tier, static (tier, directory) =>
        {
            var config = directory.Tier(tier);
            IReadOnlyList<DirectoryUser> members = [.. config.Members.Union(config.Leads, StringComparer.OrdinalIgnoreCase).Select(directory.ToDirectoryUser)];
            return Task.FromResult(members);
        }, this);

    public Task<bool> IsTierMemberAsync(int tier, string aadObjectId, CancellationToken cancellationToken)
    {
        var config = Tier(tier);
        return Task.FromResult(Contains(config.Members, aadObjectId) || Contains(config.Leads, aadObjectId));
    }

    public Task<bool> IsTierLeadAsync(int tier, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Contains(Tier(tier).Leads, aadObjectId));

    public Task<bool> IsBridgeCoordinatorAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Contains(local.BridgeCoordinators, aadObjectId));

    public Task<RequesterContext> GetRequesterContextAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (FindUser(aadObjectId) is not { } user)
        {
            DirectoryLog.RequesterNotFound(logger, aadObjectId);
            return Task.FromResult(RequesterContext.NotFound);
        }

        var manager = user.ManagerId is { } managerId ? FindUser(managerId)?.ToDirectoryUser() : null;
        var profile = new UserProfile(
            user.Id, user.DisplayName, user.Mail, user.UserPrincipalName, user.Department, user.OfficeLocation, user.PreferredLanguage, manager);
        return Task.FromResult(new RequesterContext(
            profile,
            [.. user.Devices.Select(device => device.ToRecord())],
            [.. user.EnrollmentFailures.Select(failure => failure.ToRecord()).OrderByDescending(failure => failure.EventDateTime)],
            ContextStatus.Available));
    }

    public Task<BridgeMeeting> CreateBridgeMeetingAsync(BridgeMeetingRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        DirectoryLog.LocalBridgeMeetingCreated(logger, id);
        var joinBase = local.MeetingJoinUrlBase.AbsoluteUri.TrimEnd('/') + "/";
        return Task.FromResult(new BridgeMeeting(id, new Uri(new Uri(joinBase), id)));
    }

    public Task<IReadOnlyList<DirectoryUser>> GetBridgeCoordinatorsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>([.. local.BridgeCoordinators.Select(ToDirectoryUser)]);

    public Task SendActivityNotificationAsync(string aadObjectId, ActivityNotice notice, CancellationToken cancellationToken)
    {
        DirectoryLog.LocalActivityNotification(logger, aadObjectId, notice.ActivityType);
        return Task.CompletedTask;
    }

    private LocalTier Tier(int tier) =>
        local.Tiers.FirstOrDefault(candidate => candidate.Tier == tier)
        ?? throw new ArgumentOutOfRangeException(nameof(tier), tier, $"Tier {tier} is not configured in Directory:Local:Tiers.");

    private LocalUser? FindUser(string id) =>
        local.Users.FirstOrDefault(user => string.Equals(user.Id, id, StringComparison.OrdinalIgnoreCase));

    private DirectoryUser ToDirectoryUser(string id) => FindUser(id)?.ToDirectoryUser() ?? new DirectoryUser(id, id, null, null);

    private static bool Contains(List<string> ids, string id) => ids.Contains(id, StringComparer.OrdinalIgnoreCase);
}
