using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Graph;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Playground;

/// <summary>
/// The demo tenant (Directory:Local) as Teams would show it to the bot: people get <c>29:</c> ids, the bot a
/// <c>28:</c> id. The playground makes each <c>29:</c> id from the object id, so either one finds the person.
/// </summary>
public sealed class PlaygroundDirectory(IOptions<DirectoryOptions> options, IDirectory directory)
{
    public const string TeamsUserPrefix = "29:";

    public static ChannelAccount Bot { get; } = new() { Id = "28:intunesupportbot-local", Name = "IntuneSupportBot", Role = "bot" };

    private LocalDirectoryOptions Local => options.Value.Local;

    /// <summary>The tenant on every activity; the configured one when there is one, else a fixed local id.</summary>
    public string TenantId => options.Value.TenantId is { Length: > 0 } tenant ? tenant : "00000000-0000-0000-0000-000000000001";

    /// <summary>Finds a person by object id, <c>29:</c> id or user principal name.</summary>
    public LocalUser? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        var objectId = id.StartsWith(TeamsUserPrefix, StringComparison.Ordinal) ? id[TeamsUserPrefix.Length..] : id;
        return Local.Users.FirstOrDefault(user =>
            string.Equals(user.Id, objectId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(user.UserPrincipalName, id, StringComparison.OrdinalIgnoreCase));
    }

    public static ChannelAccount Account(LocalUser user) =>
        new() { Id = TeamsUserPrefix + user.Id, Name = user.DisplayName, AadObjectId = user.Id };

    public TeamsChannelAccount Member(LocalUser user) => new()
    {
        Id = TeamsUserPrefix + user.Id,
        Name = user.DisplayName,
        AadObjectId = user.Id,
        Email = user.Mail,
        UserPrincipalName = user.UserPrincipalName,
        TenantId = TenantId,
        UserRole = "user",
    };

    public async Task<IdentityList> ListAsync(CancellationToken ct)
    {
        var tiers = new List<TierIdentities>();
        foreach (var tier in Local.Tiers.Select(tier => tier.Tier).Order())
        {
            var channel = await directory.GetTierChannelAsync(tier, ct);
            var agents = new List<Person>();
            foreach (var member in await directory.GetTierMembersAsync(tier, ct))
            {
                agents.Add(ToPerson(Find(member.Id), member, await directory.IsTierLeadAsync(tier, member.Id, ct)));
            }
            tiers.Add(new TierIdentities(tier, channel.ChannelId, channel.DisplayName ?? $"Tier {tier}", agents));
        }

        var agentIds = tiers.SelectMany(tier => tier.Agents).Select(agent => agent.Id)
            .Concat(Local.BridgeCoordinators).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // People with devices or failed enrollments tell the demo's stories, so they come first.
        var requesters = Local.Users.Where(user => !agentIds.Contains(user.Id))
            .OrderByDescending(user => user.Devices.Count > 0 || user.EnrollmentFailures.Count > 0)
            .Select(user => ToPerson(user, user.ToDirectoryUser(), lead: false))
            .ToList();
        var coordinators = Local.BridgeCoordinators.Select(id => Find(id)).OfType<LocalUser>()
            .Select(user => ToPerson(user, user.ToDirectoryUser(), lead: false))
            .ToList();
        return new IdentityList(requesters, tiers, coordinators);
    }

    /// <summary>The tier whose channel this is, for the team in an invoke's channelData; null for other channels.</summary>
    public async Task<TierChannel?> FindTierChannelAsync(string channelId, CancellationToken ct)
    {
        foreach (var tier in Local.Tiers.Select(tier => tier.Tier))
        {
            var channel = await directory.GetTierChannelAsync(tier, ct);
            if (string.Equals(channel.ChannelId, channelId, StringComparison.Ordinal))
            {
                return channel;
            }
        }
        return null;
    }

    private static Person ToPerson(LocalUser? user, DirectoryUser member, bool lead) => new(
        member.Id, member.DisplayName, TeamsUserPrefix + member.Id, user?.PreferredLanguage, user?.Department, lead);
}

/// <summary>Someone the page can act as; <paramref name="UserId"/> is the Teams (<c>29:</c>) id.</summary>
public sealed record Person(string Id, string Name, string UserId, string? Locale, string? Department, bool Lead);

public sealed record TierIdentities(int Tier, string ChannelId, string ChannelName, IReadOnlyList<Person> Agents);

public sealed record IdentityList(IReadOnlyList<Person> Requesters, IReadOnlyList<TierIdentities> Tiers, IReadOnlyList<Person> BridgeCoordinators);
