using IntuneSupportBot.BotFramework;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Activity = IntuneSupportBot.BotFramework.Schema.Activity;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3, one method per operation. Every call names the serviceUrl it goes to, because a
/// bot always answers to the serviceUrl of the activity it is handling (it differs per region and tenant).
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    ServiceUrlPolicy policy,
    SendPacer pacer,
    ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations/", Escape(conversationId), "/activities");
        return await SendAsync(ConnectorOperation.SendToConversation, HttpMethod.Post, url, conversationId, Body(Outbound(activity)), BotJsonContext.Default.ResourceResponse, ct)
            ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations/", Escape(conversationId), "/activities/", Escape(activityId));
        return await SendAsync(ConnectorOperation.ReplyToActivity, HttpMethod.Post, url, conversationId, Body(Outbound(activity)), BotJsonContext.Default.ResourceResponse, ct)
            ?? new ResourceResponse(null);
    }

    /// <summary>Replaces a message the bot posted (e.g. a ticket card); the body carries the same id as the path, as the SDK sends it.</summary>
    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations/", Escape(conversationId), "/activities/", Escape(activityId));
        var replacement = Outbound(activity) with { Id = activityId };
        return await SendAsync(ConnectorOperation.UpdateActivity, HttpMethod.Put, url, conversationId, Body(replacement), BotJsonContext.Default.ResourceResponse, ct)
            ?? new ResourceResponse(activityId);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations/", Escape(conversationId), "/activities/", Escape(activityId));
        await SendAsync<ResourceResponse>(ConnectorOperation.DeleteActivity, HttpMethod.Delete, url, thread: null, content: null, responseType: null, ct);
    }

    /// <summary>
    /// Starts a conversation: a new channel thread (<c>isGroup</c>, <c>channelData.channel.id</c> and an activity) or a
    /// 1:1 chat (one member and <c>tenantId</c>). Channel threads are paced per channel.
    /// </summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations");
        var outbound = parameters.Activity is null ? parameters : parameters with { Activity = Outbound(parameters.Activity) };
        var created = await SendAsync(ConnectorOperation.CreateConversation, HttpMethod.Post, url, PacingKey(parameters), Body(outbound),
            BotJsonContext.Default.ConversationResourceResponse, ct);
        return created is { Id.Length: > 0 }
            ? created
            : throw new ConnectorException(ConnectorOperation.CreateConversation, HttpStatusCode.OK, "MissingConversationId", "The Bot Connector returned no conversation id.", null);
    }

    /// <summary>One member's Teams profile; <paramref name="memberId"/> may be the <c>29:</c> id, the UPN or the Entra object id.</summary>
    public async Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct)
    {
        var url = Url(serviceUrl, "/v3/conversations/", Escape(conversationId), "/members/", Escape(memberId));
        return await SendAsync(ConnectorOperation.GetConversationMember, HttpMethod.Get, url, thread: null, content: null, BotJsonContext.Default.TeamsChannelAccount, ct)
            ?? throw new ConnectorException(ConnectorOperation.GetConversationMember, HttpStatusCode.OK, "EmptyResponse", "The Bot Connector returned no member.", null);
    }

    /// <param name="thread">The conversation the call sends to, paced by its thread's limits; null for a call that posts nothing there.</param>
    private async Task<T?> SendAsync<T>(
        string operation, HttpMethod method, string url, string? thread, HttpContent? content, JsonTypeInfo<T>? responseType, CancellationToken ct)
        where T : class
    {
        await pacer.WaitTurnAsync(thread, ct);
        using var span = BotTelemetry.ActivitySource.StartActivity(operation, ActivityKind.Client);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            Count(operation, status: 0, failed: true);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            span?.SetTag(BotTelemetry.StatusCodeTag, status);
            Count(operation, status, failed: !response.IsSuccessStatusCode);
            if (!response.IsSuccessStatusCode)
            {
                span?.SetStatus(ActivityStatusCode.Error);
                throw await ToExceptionAsync(operation, response, ct);
            }

            if (responseType is null)
            {
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, responseType);
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(string operation, HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var (code, message) = ConnectorErrorParser.Parse(body);
        var correlationVector = response.Headers.TryGetValues("MS-CV", out var values) ? values.FirstOrDefault() : null;
        LogFailure(logger, operation, (int)response.StatusCode, code, correlationVector);
        return new ConnectorException(operation, response.StatusCode, code, message, correlationVector);
    }

    private string Url(string serviceUrl, params ReadOnlySpan<string> pathParts) =>
        string.Concat(policy.GetBaseUrl(serviceUrl), string.Concat(pathParts));

    // Conversation ids carry ':', '@' and ';' (19:x@thread.tacv2;messageid=1): every id is one escaped path segment.
    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    // The channel masters id and timestamp of a new activity.
    private static Activity Outbound(Activity activity) =>
        activity.Id is null && activity.Timestamp is null ? activity : activity with { Id = null, Timestamp = null };

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private static ByteArrayContent Body(Activity activity) => Body(activity, BotJsonContext.Default.Activity);

    private static ByteArrayContent Body(ConversationParameters parameters) => Body(parameters, BotJsonContext.Default.ConversationParameters);

    private static string? PacingKey(ConversationParameters parameters) =>
        parameters.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("channel", out var channel)
        && channel.ValueKind == JsonValueKind.Object
        && channel.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static void Count(string operation, int status, bool failed)
    {
        if (BotTelemetry.ConnectorRequests.Enabled)
        {
            BotTelemetry.ConnectorRequests.Add(1, new(BotTelemetry.OperationTag, operation), new(BotTelemetry.StatusCodeTag, status));
        }

        if (failed && BotTelemetry.ConnectorFailures.Enabled)
        {
            BotTelemetry.ConnectorFailures.Add(1, new(BotTelemetry.OperationTag, operation), new(BotTelemetry.StatusCodeTag, status));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Operation} answered {StatusCode} {ErrorCode} (MS-CV {CorrelationVector})")]
    private static partial void LogFailure(ILogger logger, string operation, int statusCode, string? errorCode, string? correlationVector);
}
