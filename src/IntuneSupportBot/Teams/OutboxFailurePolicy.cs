using System.Net;
using IntuneSupportBot.BotFramework.Connector;
using Polly.Timeout;

namespace IntuneSupportBot.Teams;

public enum OutboxVerdict
{
    /// <summary>Nothing reached Teams, or the call is idempotent: try again later, the thread waits.</summary>
    Retry,

    /// <summary>Teams refused for good: the message is failed and the thread moves on.</summary>
    Fail,

    /// <summary>A post may have gone out: never sent again, flagged for an operator, the thread moves on.</summary>
    Uncertain,
}

/// <summary>
/// Sorts a failed send (after the client's own 429/412 retries). Throttling, conflicts and "service unavailable"
/// mean the request was not processed. 500/502/504, timeouts and a connection lost mid-request may hide a message
/// that was posted: safe to repeat for an update (PUT), not for a post.
/// </summary>
public static class OutboxFailurePolicy
{
    public static OutboxVerdict Classify(Exception error, bool isPost) => error switch
    {
        ConnectorException { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.ServiceUnavailable } => OutboxVerdict.Retry,
        ConnectorException { StatusCode: >= HttpStatusCode.InternalServerError } => MaybeDelivered(isPost),
        ConnectorException => OutboxVerdict.Fail,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => OutboxVerdict.Retry,
        HttpRequestException or TimeoutRejectedException or TaskCanceledException => MaybeDelivered(isPost),
        _ => OutboxVerdict.Fail,
    };

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: base × 2^(attempts − 1), capped.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan backoffBase, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(backoffBase.Ticks * factor, cap.Ticks));
        return delay < cap ? delay : cap;
    }

    private static OutboxVerdict MaybeDelivered(bool isPost) => isPost ? OutboxVerdict.Uncertain : OutboxVerdict.Retry;
}
