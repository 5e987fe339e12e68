using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
    public NotificationInfo? Notification { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);

public sealed record ChannelInfo(string? Id, string? Name = null);

public sealed record NotificationInfo(bool Alert);
