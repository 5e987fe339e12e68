using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.Testing;

/// <summary>
/// A local Bot Connector (REST API v3) on a real Kestrel server at 127.0.0.1: it answers send, reply, update,
/// delete, create-conversation and get-member the way Teams documents them, records every request, and can be
/// scripted to fail or to answer slowly.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private const long FirstActivityId = 1_761_000_000_000;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<ConnectorRequest> requests = [];
    private readonly List<ScriptedFailure> failures = [];
    private readonly Dictionary<string, TeamsChannelAccount> members = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource changed = NewSignal();
    private long lastActivityId = FirstActivityId;
    private int lastCorrelation;

    private ConnectorStub(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The root serviceUrl, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Applied before every answer; use it to provoke client timeouts.</summary>
    public TimeSpan ResponseDelay { get; set; }

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var stub = new ConnectorStub(builder.Build());
        await stub.app.StartAsync();
        stub.ServiceUrl = stub.app.Urls.Single().TrimEnd('/') + "/";
        return stub;
    }

    /// <summary>The tenant-scoped serviceUrl form Teams uses since 2026: <c>http://127.0.0.1:PORT/{region}/{tenantId}/</c>.</summary>
    public string TenantServiceUrl(string tenantId, string region = "amer") => $"{ServiceUrl}{region}/{tenantId}/";

    /// <summary>
    /// Answers the next <paramref name="times"/> matching requests with <paramref name="status"/>, a Teams error body
    /// (or <paramref name="body"/> verbatim) and, when given, a Retry-After in whole seconds.
    /// </summary>
    public void FailNext(int status, TimeSpan? retryAfter = null, int times = 1, string? errorCode = null, string? body = null, Func<ConnectorRequest, bool>? when = null)
    {
        lock (gate)
        {
            failures.Add(new ScriptedFailure(status, retryAfter, errorCode, body, when ?? (_ => true)) { Remaining = times });
        }
    }

    /// <summary>Makes get-member find this account by its id, UPN or Entra object id.</summary>
    public void AddMember(TeamsChannelAccount member)
    {
        lock (gate)
        {
            foreach (var key in new[] { member.Id, member.UserPrincipalName, member.EntraObjectId })
            {
                if (!string.IsNullOrEmpty(key))
                {
                    members[key] = member;
                }
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> recorded requests match; returns every match.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(Func<ConnectorRequest, bool> match, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            List<ConnectorRequest> matches;
            lock (gate)
            {
                matches = requests.Where(match).ToList();
                signal = changed.Task;
            }

            if (matches.Count >= count)
            {
                return matches;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", Requests.Select(r => $"{r.Method} {r.RawPath} -> {r.ResponseStatus}"));
                throw new TimeoutException($"Expected {count} matching Bot Connector requests within {timeout}, got {matches.Count}. Received: [{seen}]");
            }
        }
    }

    /// <summary>Waits for <paramref name="count"/> requests of any kind.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(int count, TimeSpan timeout) => WaitForAsync(_ => true, count, timeout);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var rawPath = rawTarget.Split('?', 2)[0];
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);

        var request = Parse(context.Request, rawPath, body);
        var answer = Decide(ref request);
        lock (gate)
        {
            requests.Add(request);
            var signal = changed;
            changed = NewSignal();
            signal.TrySetResult();
        }

        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.Headers["MS-CV"] = $"stub.{Interlocked.Increment(ref lastCorrelation)}";
        if (answer.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private static ConnectorRequest Parse(HttpRequest http, string rawPath, string body)
    {
        var v3 = rawPath.IndexOf("/v3/", StringComparison.Ordinal);
        var prefix = v3 < 0 ? "" : rawPath[..v3];
        var segments = v3 < 0 ? [] : rawPath[(v3 + 4)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        var method = http.Method;
        var route = (method, segments) switch
        {
            ("POST", ["conversations"]) => ConnectorRoute.CreateConversation,
            ("POST", ["conversations", _, "activities"]) => ConnectorRoute.SendToConversation,
            ("POST", ["conversations", _, "activities", _]) => ConnectorRoute.ReplyToActivity,
            ("PUT", ["conversations", _, "activities", _]) => ConnectorRoute.UpdateActivity,
            ("DELETE", ["conversations", _, "activities", _]) => ConnectorRoute.DeleteActivity,
            ("GET", ["conversations", _, "members", _]) => ConnectorRoute.GetConversationMember,
            _ => ConnectorRoute.Unknown,
        };

        return new ConnectorRequest
        {
            Route = route,
            Method = method,
            RawPath = rawPath,
            PathPrefix = prefix,
            ConversationId = segments.Length >= 2 ? segments[1] : null,
            ActivityId = segments is [_, _, "activities", var activityId] ? activityId : null,
            MemberId = segments is [_, _, "members", var memberId] ? memberId : null,
            Authorization = http.Headers.Authorization.Count > 0 ? http.Headers.Authorization.ToString() : null,
            ContentType = http.ContentType,
            Body = body,
            Activity = route is ConnectorRoute.SendToConversation or ConnectorRoute.ReplyToActivity or ConnectorRoute.UpdateActivity
                ? TryRead(body, BotJsonContext.Default.Activity)
                : null,
            Parameters = route is ConnectorRoute.CreateConversation ? TryRead(body, BotJsonContext.Default.ConversationParameters) : null,
            ResponseStatus = 0,
            ReceivedAt = TimeProvider.System.GetUtcNow(),
        };
    }

    // Decides the answer and stamps its status on the record, under the lock so scripted failures are consumed in order.
    private Answer Decide(ref ConnectorRequest request)
    {
        Answer answer;
        lock (gate)
        {
            var current = request;
            var failure = failures.FirstOrDefault(f => f.Remaining > 0 && f.When(current));
            if (failure is not null)
            {
                failure.Remaining--;
                answer = new Answer(failure.Status, failure.Body ?? Error(failure.ErrorCode ?? DefaultCode(failure.Status), "Scripted failure"), failure.RetryAfter);
            }
            else
            {
                answer = Succeed(request);
            }
        }

        request = request with { ResponseStatus = answer.Status };
        return answer;
    }

    private Answer Succeed(ConnectorRequest request)
    {
        var bodyExpected = request.Route is ConnectorRoute.SendToConversation or ConnectorRoute.ReplyToActivity or ConnectorRoute.UpdateActivity;
        if ((bodyExpected && request.Activity is null) || (request.Route is ConnectorRoute.CreateConversation && request.Parameters is null))
        {
            return BadSyntax("The request body is not a valid JSON object of the expected type.");
        }

        return request.Route switch
        {
            ConnectorRoute.SendToConversation => Created(NextActivityId()),
            ConnectorRoute.ReplyToActivity => Ok(Resource(NextActivityId())),
            ConnectorRoute.UpdateActivity => Ok(Resource(request.ActivityId!)),
            ConnectorRoute.DeleteActivity => new Answer(200, null, null),
            ConnectorRoute.CreateConversation => CreateConversation(request.Parameters!),
            ConnectorRoute.GetConversationMember => members.TryGetValue(request.MemberId!, out var member)
                ? Ok(JsonSerializer.Serialize(member, BotJsonContext.Default.TeamsChannelAccount))
                : new Answer(404, Error("MemberNotFoundInConversation", "The member is not part of the conversation."), null),
            _ => new Answer(404, Error("NotFound", "No such Bot Connector route."), null),
        };
    }

    // Teams' verified behaviour: a channel thread needs isGroup, channelData.channel.id and an activity;
    // a 1:1 needs exactly one member and a tenant, and is idempotent (same id for the same user).
    private Answer CreateConversation(ConversationParameters parameters)
    {
        if (parameters.IsGroup == true)
        {
            var channelId = parameters.ChannelData is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
                && channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
            if (string.IsNullOrEmpty(channelId) || parameters.Activity is null)
            {
                return BadSyntax("A channel thread needs channelData.channel.id and an activity.");
            }

            var rootId = NextActivityId();
            return Created(new ConversationResourceResponse($"{channelId};messageid={rootId}", rootId), BotJsonContext.Default.ConversationResourceResponse);
        }

        if (parameters.Members is not [{ Id.Length: > 0 } member] || string.IsNullOrEmpty(parameters.TenantId))
        {
            return BadSyntax("A 1:1 conversation needs exactly one member and a tenantId.");
        }

        var chatId = "a:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(member.Id)))[..32];
        return Created(new ConversationResourceResponse(chatId), BotJsonContext.Default.ConversationResourceResponse);
    }

    private string NextActivityId() => Interlocked.Increment(ref lastActivityId).ToString(CultureInfo.InvariantCulture);

    private static Answer Created(string activityId) => new(201, Resource(activityId), null);

    private static Answer Created<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(201, JsonSerializer.Serialize(value, type), null);

    private static Answer Ok(string body) => new(200, body, null);

    private static string Resource(string activityId) =>
        JsonSerializer.Serialize(new ResourceResponse(activityId), BotJsonContext.Default.ResourceResponse);

    private static Answer BadSyntax(string message) => new(400, Error("BadSyntax", message), null);

    private static string Error(string code, string message) =>
        JsonSerializer.Serialize(new ErrorResponse(new ErrorDetail(code, message)), BotJsonContext.Default.ErrorResponse);

    private static string DefaultCode(int status) => status switch
    {
        400 => "BadArgument",
        403 => "Forbidden",
        404 => "ConversationNotFound",
        412 => "PreconditionFailed",
        413 => "MessageSizeTooBig",
        429 => "Throttled",
        _ => "ServiceError",
    };

    private static T? TryRead<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Answer(int Status, string? Body, TimeSpan? RetryAfter);

    private sealed record ScriptedFailure(int Status, TimeSpan? RetryAfter, string? ErrorCode, string? Body, Func<ConnectorRequest, bool> When)
    {
        public int Remaining { get; set; }
    }
}
