using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Schema;

/// <summary>The Bot Connector's answer to a send, reply or update.</summary>
public sealed record ResourceResponse(string? Id);

public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
}

public sealed record ConversationResourceResponse(string Id, string? ActivityId = null, string? ServiceUrl = null);

/// <summary>The error body the Bot Connector returns; other shapes exist, so callers parse leniently.</summary>
public sealed record ErrorResponse(ErrorDetail? Error);

public sealed record ErrorDetail(string? Code, string? Message);

/// <summary>What an invoke turn writes back in the HTTP response.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>The value of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }
    public string? Trigger { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record AdaptiveCardInvokeAction
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Verb { get; init; }
    public JsonElement? Data { get; init; }
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (statusCode, type, value).</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
