using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions.Serialization;

namespace IntuneSupportBot.Graph;

/// <summary>The directory read from Microsoft Graph with the app's own (application) permissions.</summary>
internal sealed class GraphDirectory : IDirectory
{
    private readonly GraphServiceClient graph;
    private readonly DirectoryOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<GraphDirectory> logger;
    private readonly GroupMembershipCache membership;
    private readonly ConcurrentDictionary<int, TierChannel> resolvedChannels = new();

    public GraphDirectory(GraphServiceClient graph, IOptions<DirectoryOptions> options, TimeProvider time, ILogger<GraphDirectory> logger)
    {
        this.graph = graph;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        membership = new GroupMembershipCache(ReadGroupMembersAsync, this.options.MembershipTtl, time, logger);
    }

    public async Task<TierChannel> GetTierChannelAsync(int tier, CancellationToken cancellationToken)
    {
        var config = Tier(tier);
        if (!string.IsNullOrWhiteSpace(config.ChannelId))
        {
            return new TierChannel(tier, config.TeamId, config.ChannelId, config.ChannelName);
        }

        if (resolvedChannels.TryGetValue(tier, out var resolved))
        {
            return resolved;
        }

        var name = config.ChannelName ?? "";
        var firstPage = await graph.Teams[config.TeamId].Channels.GetAsync(
            request => request.QueryParameters.Select = ["id", "displayName"], cancellationToken);
        var channels = await ReadAllAsync<Channel, ChannelCollectionResponse>(firstPage, cancellationToken);
        var match = channels.FirstOrDefault(channel => string.Equals(channel.DisplayName?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match?.Id is null)
        {
            throw new TierChannelNotFoundException(tier, config.TeamId, name, [.. channels.Select(channel => channel.DisplayName ?? channel.Id ?? "")]);
        }

        DirectoryLog.TierChannelResolved(logger, tier, name, match.Id);
        return resolvedChannels.GetOrAdd(tier, new TierChannel(tier, config.TeamId, match.Id, match.DisplayName));
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetTierMembersAsync(int tier, CancellationToken cancellationToken) =>
        (await membership.GetAsync(Tier(tier).MemberGroupId, cancellationToken)).Members;

    public async Task<bool> IsTierMemberAsync(int tier, string aadObjectId, CancellationToken cancellationToken) =>
        (await membership.GetAsync(Tier(tier).MemberGroupId, cancellationToken)).Contains(aadObjectId);

    public Task<bool> IsTierLeadAsync(int tier, string aadObjectId, CancellationToken cancellationToken) =>
        IsGroupMemberAsync(Tier(tier).LeadGroupId, aadObjectId, cancellationToken);

    public Task<bool> IsBridgeCoordinatorAsync(string aadObjectId, CancellationToken cancellationToken) =>
        IsGroupMemberAsync(options.BridgeCoordinatorGroupId, aadObjectId, cancellationToken);

    public async Task<IReadOnlyList<DirectoryUser>> GetBridgeCoordinatorsAsync(CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(options.BridgeCoordinatorGroupId)
            ? []
            : (await membership.GetAsync(options.BridgeCoordinatorGroupId, cancellationToken)).Members;

    public async Task<RequesterContext> GetRequesterContextAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await graph.Users[aadObjectId].GetAsync(
                request => request.QueryParameters.Select = GraphMapping.ProfileFields, cancellationToken);
            if (user is null)
            {
                return RequesterContext.NotFound;
            }

            var manager = ReadManagerAsync(aadObjectId, cancellationToken);
            var devices = ReadDevicesAsync(aadObjectId, cancellationToken);
            var failures = ReadFailuresAsync(aadObjectId, cancellationToken);
            await Task.WhenAll(manager, devices, failures);
            return new RequesterContext(GraphMapping.ToProfile(user, await manager), await devices, await failures, ContextStatus.Available);
        }
        catch (ODataError error) when (error.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            DirectoryLog.RequesterNotFound(logger, aadObjectId);
            return RequesterContext.NotFound;
        }
        catch (Exception exception) when (GraphFaults.IsOutage(exception, cancellationToken))
        {
            DirectoryLog.RequesterContextUnavailable(logger, aadObjectId, exception);
            return RequesterContext.Unavailable;
        }
    }

    public async Task<BridgeMeeting> CreateBridgeMeetingAsync(BridgeMeetingRequest request, CancellationToken cancellationToken)
    {
        var organizer = string.IsNullOrWhiteSpace(options.MeetingOrganizerId)
            ? throw new InvalidOperationException("Directory:MeetingOrganizerId is not configured: a bridge meeting needs an organizer.")
            : options.MeetingOrganizerId;
        var meeting = await graph.Users[organizer].OnlineMeetings.PostAsync(
            new OnlineMeeting { Subject = request.Subject, StartDateTime = request.Start, EndDateTime = request.End },
            cancellationToken: cancellationToken);
        return meeting is { Id: { } id, JoinWebUrl: { } joinUrl }
            ? new BridgeMeeting(id, new Uri(joinUrl))
            : throw new InvalidOperationException("Graph answered the online meeting request without an id or a join URL.");
    }

    public Task SendActivityNotificationAsync(string aadObjectId, ActivityNotice notice, CancellationToken cancellationToken) =>
        graph.Users[aadObjectId].Teamwork.SendActivityNotification.PostAsync(
            new SendActivityNotificationPostRequestBody
            {
                Topic = new TeamworkActivityTopic
                {
                    Source = TeamworkActivityTopicSource.Text,
                    Value = notice.TopicText,
                    WebUrl = notice.WebUrl.AbsoluteUri,
                },
                ActivityType = notice.ActivityType,
                PreviewText = new ItemBody { Content = notice.PreviewText },
                TemplateParameters = [],
            },
            cancellationToken: cancellationToken);

    private TierOptions Tier(int tier) =>
        options.Tiers.FirstOrDefault(candidate => candidate.Tier == tier)
        ?? throw new ArgumentOutOfRangeException(nameof(tier), tier, $"Tier {tier} is not configured in Directory:Tiers.");

    private async Task<bool> IsGroupMemberAsync(string? groupId, string aadObjectId, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(groupId) && (await membership.GetAsync(groupId, cancellationToken)).Contains(aadObjectId);

    private async Task<IReadOnlyList<DirectoryUser>> ReadGroupMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        var firstPage = await graph.Groups[groupId].TransitiveMembers.GetAsync(
            request => request.QueryParameters.Select = GraphMapping.UserFields, cancellationToken);
        var members = await ReadAllAsync<DirectoryObject, DirectoryObjectCollectionResponse>(firstPage, cancellationToken);

        // Nested groups and devices are members too; only people act on tickets.
        return [.. members.OfType<User>().Where(user => user.Id is not null).Select(GraphMapping.ToDirectoryUser)];
    }

    private async Task<DirectoryUser?> ReadManagerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var manager = await graph.Users[aadObjectId].Manager.GetAsync(
                request => request.QueryParameters.Select = GraphMapping.UserFields, cancellationToken);
            return manager is User user ? GraphMapping.ToDirectoryUser(user) : null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<ManagedDeviceInfo>> ReadDevicesAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var firstPage = await graph.Users[aadObjectId].ManagedDevices.GetAsync(
            request => request.QueryParameters.Select = GraphMapping.DeviceFields, cancellationToken);
        var devices = await ReadAllAsync<ManagedDevice, ManagedDeviceCollectionResponse>(firstPage, cancellationToken);
        return [.. devices.Select(GraphMapping.ToDevice)];
    }

    private async Task<IReadOnlyList<EnrollmentFailure>> ReadFailuresAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var firstPage = await graph.Users[aadObjectId].DeviceManagementTroubleshootingEvents.GetAsync(cancellationToken: cancellationToken);
            var events = await ReadAllAsync<DeviceManagementTroubleshootingEvent, DeviceManagementTroubleshootingEventCollectionResponse>(
                firstPage, cancellationToken);
            var since = time.GetUtcNow() - options.FailureLookback;
            return
            [
                .. events.OfType<EnrollmentTroubleshootingEvent>()
                    .Where(failure => failure.EventDateTime >= since)
                    .Select(GraphMapping.ToFailure)
                    .OrderByDescending(failure => failure.EventDateTime),
            ];
        }
        catch (ODataError error) when (error.ResponseStatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
        {
            // Tenants without the Intune troubleshooting data (or without consent for it) still get a useful context.
            DirectoryLog.EnrollmentEventsNotExposed(logger, aadObjectId, error.ResponseStatusCode);
            return [];
        }
    }

    private async Task<List<TItem>> ReadAllAsync<TItem, TPage>(TPage? firstPage, CancellationToken cancellationToken)
        where TPage : IParsable, IAdditionalDataHolder, new()
    {
        var items = new List<TItem>();
        if (firstPage is not null)
        {
            var pages = PageIterator<TItem, TPage>.CreatePageIterator(graph, firstPage, item =>
            {
                items.Add(item);
                return true;
            });
            await pages.IterateAsync(cancellationToken);
        }

        return items;
    }
}
