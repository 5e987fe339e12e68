namespace IntuneSupportBot.Teams;

/// <summary>
/// A Teams channel the bot can open threads in. <paramref name="ChannelId"/> is the <c>19:…@thread.tacv2</c> id;
/// <paramref name="TeamId"/> (the team's Entra group id) is informational; <paramref name="ServiceUrl"/> is the
/// tenant's Bot Connector endpoint, as seen on the team's inbound activities.
/// </summary>
public sealed record TeamsChannelAddress(string? TeamId, string ChannelId, string TenantId, string ServiceUrl);
