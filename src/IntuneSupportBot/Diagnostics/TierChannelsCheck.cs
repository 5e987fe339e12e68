using IntuneSupportBot.Graph;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// Tiers 1 to 3 each resolve to a channel (by name through Graph, which is where typos show) and have a readable
/// member group, the two things routing and claiming a ticket need.
/// </summary>
internal sealed class TierChannelsCheck(IOptions<DirectoryOptions> options, IServiceProvider services) : IPreflightCheck
{
    public static readonly IReadOnlyList<int> Tiers = [1, 2, 3];

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken)
    {
        var directoryOptions = options.Value;
        var directory = services.GetRequiredService<IDirectory>();
        var results = new List<DoctorCheck>();
        foreach (var tier in Tiers)
        {
            results.Add(await CheckTierAsync(tier, directory, directoryOptions, cancellationToken));
        }

        return results;
    }

    private static async Task<DoctorCheck> CheckTierAsync(int tier, IDirectory directory, DirectoryOptions configured, CancellationToken ct)
    {
        var name = $"Tier {tier} channel";
        var graph = configured.HasGraphCredentials;
        var section = graph ? "Directory:Tiers" : "Directory:Local:Tiers";
        var configuredTiers = graph ? configured.Tiers.Select(t => t.Tier) : configured.Local.Tiers.Select(t => t.Tier);
        if (!configuredTiers.Contains(tier))
        {
            return DoctorCheck.Fail(name, $"tier {tier} is not configured in {section}.",
                $"add tier {tier} to {section} with the support team's TeamId and the channel's ChannelName (or ChannelId).");
        }

        TierChannel channel;
        try
        {
            channel = await directory.GetTierChannelAsync(tier, ct);
        }
        catch (TierChannelNotFoundException exception)
        {
            return DoctorCheck.Fail(name, exception.Message,
                $"set the tier's ChannelName in {section} to one of the listed channels, or create that channel in the team (deploy.md step 6).");
        }
        catch (Exception exception) when (GraphFailure.ToCheck(name, exception, "Channel.ReadBasic.All (or the team's ChannelSettings.Read.Group consent)",
            $"the tier's TeamId in {section} must be the team's Entra group id (a GUID), not the 19:… thread id.", configured, ct) is { } failure)
        {
            return failure;
        }

        IReadOnlyList<DirectoryUser> members;
        try
        {
            members = await directory.GetTierMembersAsync(tier, ct);
        }
        catch (Exception exception) when (GraphFailure.ToCheck(name, exception, "GroupMember.Read.All",
            $"the tier's GroupId (or TeamId) in {section} must be an existing Entra group's object id.", configured, ct) is { } failure)
        {
            return failure;
        }

        var where = channel.DisplayName is { } shown
            ? $"'{shown}' ({channel.ChannelId}) in team {channel.TeamId}"
            : $"channel {channel.ChannelId} (configured by id, not looked up) in team {channel.TeamId}";
        return members.Count == 0
            ? DoctorCheck.Warn(name, $"{where}; the tier group has no members, so nobody can claim tier {tier} tickets.", "add the tier's agents to its group.")
            : DoctorCheck.Ok(name, $"{where}; {members.Count} members" + (graph ? "." : " (local demo directory)."));
    }
}
