using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Where the bot talks to this tenant's Teams: the Bot Connector serviceUrl of the triggering activity and the
/// tenant. Tier channels live in the same tenant, so they are reached through the same serviceUrl.
/// </summary>
public sealed record TeamsPlace(string ServiceUrl, string TenantId)
{
    public static TeamsPlace Of(Activity activity) => new(
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
        ActivityTenant.Of(activity) ?? "");
}
