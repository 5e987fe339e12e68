using IntuneSupportBot.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// One real Graph read per application permission the bot depends on, so a missing consent shows here rather
/// than as an "unavailable" requester context on the first ticket.
/// </summary>
internal sealed class GraphPermissionsCheck(IOptions<DirectoryOptions> options, IOptions<DiagnosticsOptions> diagnostics, IServiceProvider services) : IPreflightCheck
{
    private const string Members = "Graph GroupMember.Read.All";
    private const string Users = "Graph User.Read.All";
    private const string Devices = "Graph DeviceManagementManagedDevices.Read.All";

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value;
        if (!directory.HasGraphCredentials)
        {
            const string reason = "local directory: no Graph credentials.";
            return [DoctorCheck.Skip(Members, reason), DoctorCheck.Skip(Users, reason), DoctorCheck.Skip(Devices, reason)];
        }

        // Resolved only with credentials: without them there is no Graph client to build.
        var graph = services.GetRequiredService<GraphServiceClient>();
        var probeUser = diagnostics.Value.ProbeUserId is { Length: > 0 } configured ? configured : null;
        var (membersCheck, firstMember) = await ReadMembersAsync(graph, directory, cancellationToken);
        return
        [
            membersCheck,
            await ReadUserAsync(graph, directory, probeUser ?? firstMember, cancellationToken),
            await ReadDevicesAsync(graph, directory, probeUser, cancellationToken),
        ];
    }

    private static async Task<(DoctorCheck Check, string? FirstUser)> ReadMembersAsync(GraphServiceClient graph, DirectoryOptions directory, CancellationToken ct)
    {
        if (directory.Tiers.OrderBy(tier => tier.Tier).FirstOrDefault() is not { } tier)
        {
            return (DoctorCheck.Skip(Members, "no tier in Directory:Tiers to read a group of."), null);
        }

        try
        {
            var page = await graph.Groups[tier.MemberGroupId].TransitiveMembers.GetAsync(
                request => request.QueryParameters.Select = ["id"], ct);
            var firstUser = page?.Value?.OfType<User>().FirstOrDefault()?.Id;
            return (DoctorCheck.Ok(Members, $"read the members of tier {tier.Tier}'s group {tier.MemberGroupId}."), firstUser);
        }
        catch (Exception exception) when (GraphFailure.ToCheck(Members, exception, "GroupMember.Read.All",
            $"tier {tier.Tier}'s GroupId (or TeamId) in Directory:Tiers must be an existing Entra group's object id.", directory, ct) is { } failure)
        {
            return (failure, null);
        }
    }

    private static async Task<DoctorCheck> ReadUserAsync(GraphServiceClient graph, DirectoryOptions directory, string? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return DoctorCheck.Skip(Users, "no user to read: the tier group has no readable user members and Diagnostics:ProbeUserId is not set.");
        }

        try
        {
            await graph.Users[userId].GetAsync(request => request.QueryParameters.Select = GraphMapping.ProfileFields, ct);
            return DoctorCheck.Ok(Users, $"read the profile of user {userId}.");
        }
        catch (Exception exception) when (GraphFailure.ToCheck(Users, exception, "User.Read.All",
            "set Diagnostics:ProbeUserId to the object id of an existing user.", directory, ct) is { } failure)
        {
            return failure;
        }
    }

    private static async Task<DoctorCheck> ReadDevicesAsync(GraphServiceClient graph, DirectoryOptions directory, string? probeUser, CancellationToken ct)
    {
        if (probeUser is null)
        {
            return DoctorCheck.Skip(Devices, "Diagnostics:ProbeUserId is not set; set it to the object id of a user with an Intune device to check device reads.");
        }

        try
        {
            await graph.Users[probeUser].ManagedDevices.GetAsync(request => request.QueryParameters.Select = ["id"], ct);
            return DoctorCheck.Ok(Devices, $"read the managed devices of user {probeUser}.");
        }
        catch (Exception exception) when (GraphFailure.ToCheck(Devices, exception, "DeviceManagementManagedDevices.Read.All (and an active Intune licence in the tenant)",
            "set Diagnostics:ProbeUserId to the object id of an existing user.", directory, ct) is { } failure)
        {
            return failure;
        }
    }
}
