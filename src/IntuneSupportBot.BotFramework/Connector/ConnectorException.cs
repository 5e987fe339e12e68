using System.Net;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector answered with an error. Carries what support needs (status, Teams error code, MS-CV
/// correlation id) and never the request's headers.
/// </summary>
public sealed class ConnectorException(
    string operation,
    HttpStatusCode statusCode,
    string? errorCode,
    string? errorMessage,
    string? correlationVector)
    : Exception($"Bot Connector {operation} failed with {(int)statusCode} {errorCode ?? statusCode.ToString()}: {errorMessage ?? "(no message)"} (MS-CV {correlationVector ?? "none"}).")
{
    public string Operation { get; } = operation;

    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Teams' error code, e.g. <c>BotNotInConversationRoster</c>, <c>Throttled</c>, <c>MessageWritesBlocked</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    public string? ErrorMessage { get; } = errorMessage;

    /// <summary>The <c>MS-CV</c> response header Microsoft support asks for.</summary>
    public string? CorrelationVector { get; } = correlationVector;
}
