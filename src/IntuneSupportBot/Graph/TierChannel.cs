namespace IntuneSupportBot.Graph;

/// <summary>A tier's Teams channel. <paramref name="TeamId"/> is the team's Entra group id, not the 19: thread id.</summary>
public sealed record TierChannel(int Tier, string TeamId, string ChannelId, string? DisplayName);

public sealed record DirectoryUser(string Id, string DisplayName, string? Mail, string? UserPrincipalName);

/// <summary>A configured channel name that the team does not have; the message lists what the team does have.</summary>
public sealed class TierChannelNotFoundException(int tier, string teamId, string channelName, IReadOnlyList<string> existingChannels)
    : Exception($"Tier {tier}: team {teamId} has no channel named '{channelName}'. Channels in that team: "
        + (existingChannels.Count == 0 ? "(none)" : string.Join(", ", existingChannels.Select(name => $"'{name}'"))) + ".")
{
    public int Tier { get; } = tier;

    public IReadOnlyList<string> ExistingChannels { get; } = existingChannels;
}
