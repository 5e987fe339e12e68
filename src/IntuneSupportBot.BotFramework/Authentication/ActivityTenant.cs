using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// The Entra tenant an activity comes from, as Teams names it (conversation.tenantId, else channelData.tenant.id).
/// A bot configured for one tenant (<see cref="BotOptions.TenantId"/>) serves that organization's support plan only:
/// its directory, tier channels and tickets are that tenant's.
/// </summary>
public static class ActivityTenant
{
    public static string? Of(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : activity.GetTeamsChannelData()?.Tenant?.Id is { Length: > 0 } data ? data : null;

    /// <summary>The tenant the activity names when it is not <paramref name="configured"/>; null when it is, or names none.</summary>
    public static string? Foreign(Activity activity, string configured) =>
        Of(activity) is { } tenant && !string.Equals(tenant, configured, StringComparison.OrdinalIgnoreCase) ? tenant : null;

    /// <summary>
    /// The activity with <paramref name="configured"/> as its conversation's tenant when it names none (Azure's
    /// Web Chat test, a malformed activity), so that whatever its turn files or posts carries the tenant Teams needs.
    /// </summary>
    public static Activity Filled(Activity activity, string configured) =>
        activity.Conversation is { } conversation && Of(activity) is null
            ? activity with { Conversation = conversation with { TenantId = configured } }
            : activity;
}
