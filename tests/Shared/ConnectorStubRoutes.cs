using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace IntuneSupportBot.Testing;

/// <summary>The Bot Connector routes and the answers Teams gives on them.</summary>
public sealed partial class ConnectorStub
{
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

    private static Answer Created<T>(T value, JsonTypeInfo<T> type) =>
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

    private static T? TryRead<T>(string body, JsonTypeInfo<T> type)
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
}
