using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Testing;

/// <summary>The Bot Connector routes <see cref="ConnectorStub"/> implements.</summary>
public enum ConnectorRoute
{
    Unknown,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
    GetConversationMember,
}

/// <summary>
/// One request as <see cref="ConnectorStub"/> received it. <see cref="RawPath"/> is exactly what came over the wire
/// (still percent-encoded); the ids are decoded.
/// </summary>
public sealed record ConnectorRequest
{
    public required ConnectorRoute Route { get; init; }
    public required string Method { get; init; }
    public required string RawPath { get; init; }

    /// <summary>The serviceUrl path before <c>/v3/</c>, e.g. <c>/amer/{tenantId}</c> for a tenant-scoped serviceUrl; empty otherwise.</summary>
    public required string PathPrefix { get; init; }

    public string? ConversationId { get; init; }
    public string? ActivityId { get; init; }
    public string? MemberId { get; init; }
    public string? Authorization { get; init; }
    public string? ContentType { get; init; }

    /// <summary>The raw request body (empty for GET/DELETE).</summary>
    public string Body { get; init; } = "";

    public Activity? Activity { get; init; }
    public ConversationParameters? Parameters { get; init; }

    /// <summary>The status the stub answered with.</summary>
    public required int ResponseStatus { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public bool Succeeded => ResponseStatus is >= 200 and < 300;
}
