using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// The retry policy of the Bot Connector client: throttling (429) and concurrency conflicts (412) are retried for
/// every call, honouring Retry-After; gateway errors and network failures only for GET/PUT/DELETE, because a POST
/// that timed out may already have posted the card and a duplicate in a tier channel is worse than a late one.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options)
    {
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "bot-connector-total", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method)),
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "bot-connector-attempt", Timeout = options.AttemptTimeout });
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
                HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => IsIdempotent(method),
                _ => false,
            };
        }

        return outcome.Exception is HttpRequestException or TimeoutRejectedException && IsIdempotent(method);
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete;
}
