using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

public sealed record ChannelAccount
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record ConversationAccount
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A member as Teams returns it from the members API; Teams names the Entra id both ways.</summary>
public sealed record TeamsChannelAccount
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? ObjectId { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }

    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record ConversationReference(
    string? ActivityId,
    ChannelAccount? User,
    ChannelAccount? Bot,
    ConversationAccount Conversation,
    string ChannelId,
    string ServiceUrl,
    string? Locale);
