using IntuneSupportBot.BotFramework;
using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using Activity = IntuneSupportBot.BotFramework.Schema.Activity;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// The HTTP side of a turn: reads and checks the inbound activity, authenticates the caller, runs the turn, and
/// writes the invoke response; the bot's answers go out through the <see cref="ConnectorClient"/>.
/// </summary>
public sealed partial class CloudAdapter(
    BotTokenValidator validator,
    ConnectorClient connector,
    IOptions<BotOptions> options,
    IEnumerable<ITurnMiddleware> middleware,
    ILogger<CloudAdapter> logger) : BotAdapter(middleware)
{
    /// <summary>Large enough for a 100 KB pasted message in Korean (UTF-8), small enough to refuse floods.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    public async Task ProcessAsync(HttpContext http, IBot bot, CancellationToken ct)
    {
        var (activity, problem) = await ReadActivityAsync(http.Request, ct);
        if (activity is null)
        {
            await WriteProblemAsync(http, problem!);
            return;
        }

        ClaimsIdentity? identity;
        try
        {
            identity = await AuthenticateAsync(http, activity, ct);
        }
        catch (InvalidOperationException exception)
        {
            // The signing keys were never loadable: a server-side outage, not a bad token. 503 makes the channel retry.
            LogSigningKeysUnavailable(logger, exception);
            http.Response.Headers.RetryAfter = "10";
            await WriteProblemAsync(http, new Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                "The bot cannot check tokens right now; try again shortly."));
            return;
        }
        if (identity is null)
        {
            await WriteProblemAsync(http, new Problem(StatusCodes.Status401Unauthorized, "Unauthorized",
                "The request does not carry a valid Bot Framework token."));
            return;
        }
        if (!options.Value.IsLocalMode && options.Value.TenantId is { Length: > 0 } tenant)
        {
            if (ActivityTenant.Foreign(activity, tenant) is { } foreign)
            {
                LogRefused(logger, "tenant", $"an activity from tenant {foreign}, not the configured one");
                await WriteProblemAsync(http, new Problem(StatusCodes.Status403Forbidden, "Forbidden",
                    "This bot serves the users of one organization's tenant."));
                return;
            }
            activity = ActivityTenant.Filled(activity, tenant);
        }

        using var span = BotTelemetry.ActivitySource.StartActivity("bot.turn", ActivityKind.Server);
        span?.SetTag("bot.activity.id", activity.Id);
        span?.SetTag("bot.conversation.id", activity.Conversation?.Id);
        span?.SetTag("bot.activity.type", activity.Type);
        var started = Stopwatch.GetTimestamp();

        var turnContext = new TurnContext(this, activity, identity);
        await RunPipelineAsync(turnContext, bot, ct);

        BotTelemetry.RecordTurn(activity.Type, Stopwatch.GetElapsedTime(started));
        await WriteTurnResultAsync(http, turnContext, ct);
    }

    public override Task<ResourceResponse> SendActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct)
    {
        var (serviceUrl, conversationId) = Address(turnContext, activity);
        return activity.ReplyToId is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, ct)
            : connector.SendToConversationAsync(serviceUrl, conversationId, activity, ct);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(TurnContext turnContext, Activity activity, CancellationToken ct)
    {
        var (serviceUrl, conversationId) = Address(turnContext, activity);
        var activityId = activity.Id ?? throw new ArgumentException("An update names the activity it replaces.", nameof(activity));
        return connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, ct);
    }

    public override Task DeleteActivityAsync(TurnContext turnContext, string activityId, CancellationToken ct)
    {
        var (serviceUrl, conversationId) = Address(turnContext, turnContext.Activity);
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, ct);
    }

    /// <summary>Runs a turn outside any inbound request (a proactive message) in a stored conversation.</summary>
    public async Task ContinueConversationAsync(ConversationReference reference, Func<TurnContext, CancellationToken, Task> callback, CancellationToken ct)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        var turnContext = new TurnContext(this, activity, new ClaimsIdentity());
        await callback(turnContext, ct);
    }

    private static (string ServiceUrl, string ConversationId) Address(TurnContext turnContext, Activity activity) =>
        (activity.ServiceUrl ?? turnContext.Activity.ServiceUrl ?? throw new InvalidOperationException("No serviceUrl to send to."),
         activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("No conversation to send to."));

    private async Task<(Activity? Activity, Problem? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new Problem(StatusCodes.Status405MethodNotAllowed, "Method not allowed", "Activities are POSTed."));
        }
        if (request.ContentType is null || !request.HasJsonContentType())
        {
            LogRefused(logger, "content type", request.ContentType ?? "(none)");
            return (null, new Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "An activity is sent as application/json."));
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            LogRefused(logger, "body size", request.ContentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return (null, TooLarge());
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }
        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (!(read = await reader.ReadAsync(ct)).IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LogRefused(logger, "body size", "over the limit while reading");
            return (null, TooLarge());
        }
        try
        {
            return Parse(read.Buffer);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private (Activity? Activity, Problem? Problem) Parse(in ReadOnlySequence<byte> body)
    {
        try
        {
            var json = ActivityBody.Contiguous(body);
            if (ActivityBody.Repair(json) is { } repaired)
            {
                LogRepaired(logger);
                json = repaired;
            }
            var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
            if (activity is null || string.IsNullOrWhiteSpace(activity.Type)
                || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                LogRefused(logger, "activity", "missing type, conversation or serviceUrl");
                return (null, new Problem(StatusCodes.Status400BadRequest, "Bad activity",
                    "An activity needs a type, a conversation id and a serviceUrl."));
            }
            // Every answer goes to the serviceUrl: a turn that could never answer is not started.
            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
            {
                LogRefused(logger, "activity", "the serviceUrl is not an http(s) URL");
                return (null, new Problem(StatusCodes.Status400BadRequest, "Bad activity", "An activity's serviceUrl must be an http(s) URL."));
            }
            return (ActivityBody.WithoutNullItems(activity), null);
        }
        catch (JsonException exception)
        {
            LogRefused(logger, "json", exception.Message);
            return (null, new Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is not a valid activity."));
        }
    }

    private static Problem TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "Payload too large",
        $"An activity may be at most {MaxBodyBytes / 1024} KB.");

    private async Task<ClaimsIdentity?> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken ct)
    {
        if (options.Value.IsLocalMode)
        {
            if (http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
            {
                return new ClaimsIdentity();
            }
            LogRefused(logger, "local mode", "a request from a non-loopback address");
            return null;
        }
        var result = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, ct);
        if (!result.Succeeded)
        {
            LogRefused(logger, "token", result.Failure ?? "invalid");
            return null;
        }
        return result.Identity;
    }

    private static async Task WriteTurnResultAsync(HttpContext http, TurnContext turnContext, CancellationToken ct)
    {
        if (turnContext.Activity.Type != ActivityTypes.Invoke)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        var invoke = turnContext.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
        http.Response.StatusCode = invoke.Status;
        if (invoke.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, invoke.Body, invoke.Body.GetType(), WireJson.Options, ct);
        }
    }

    private static Task WriteProblemAsync(HttpContext http, Problem problem) =>
        Results.Problem(detail: problem.Detail, statusCode: problem.Status, title: problem.Title).ExecuteAsync(http);

    private sealed record Problem(int Status, string Title, string Detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound request answered 503: the Bot Framework signing keys cannot be loaded")]
    private static partial void LogSigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound activity carried text that is not valid Unicode (a lone surrogate or bytes that are not UTF-8); read with U+FFFD in its place")]
    private static partial void LogRepaired(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request refused ({Check}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string check, string reason);
}
