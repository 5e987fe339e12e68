using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LoadDriver;

/// <summary>
/// The Bot Connector the bots reply to: answers every send at once with a resource id and hands message
/// activities to the turn waiting on that conversation. Typing indicators are accepted and not counted.
/// A new channel thread gets a Teams-shaped id (<c>19:…;messageid=N</c>) and is remembered by its ticket.
/// </summary>
public sealed class ConnectorStub(PendingTurns pending, ChannelThreads threads, TimeProvider clock)
{
    private long _nextId;
    private long _ignored;
    private long _unknownRoutes;

    /// <summary>Non-message activities (typing, events) the bot sent; accepted, never a turn's answer.</summary>
    public long Ignored => Interlocked.Read(ref _ignored);

    /// <summary>Connector calls outside the routes a reply uses.</summary>
    public long UnknownRoutes => Interlocked.Read(ref _unknownRoutes);

    public Task<LoopbackServer> StartAsync(CancellationToken cancellationToken) =>
        LoopbackServer.StartAsync(Map, cancellationToken);

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", ReceiveAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", ReceiveAsync);
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", static (HttpContext c) => Task.CompletedTask);
        app.MapPost("/v3/conversations", CreateConversationAsync);
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", MemberAsync);
        app.MapFallback((HttpContext context) =>
        {
            Interlocked.Increment(ref _unknownRoutes);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        // Arrival is when the request reaches the stub; parsing the body is the stub's cost, not the bot's.
        var arrivedAt = clock.GetTimestamp();
        var conversationId = (string)context.Request.RouteValues["conversationId"]!;
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var activity = body.RootElement;

        if (activity.TryGetProperty("type", out var type) && type.ValueEquals("message"))
        {
            pending.Deliver(conversationId, arrivedAt, ReadableText(activity));
        }
        else
        {
            Interlocked.Increment(ref _ignored);
        }
        await WriteJsonAsync(context, $$"""{"id":"{{NextId()}}"}""");
    }

    private async Task CreateConversationAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var id = NextId();
        if (ChannelOf(body.RootElement) is not { } channelId)
        {
            await WriteJsonAsync(context, $$"""{"id":"a:stub-{{id}}","activityId":"{{id}}"}""");
            return;
        }

        // Teams names a channel thread after its channel and root message; the root message is the posted card.
        var thread = new ChannelThread($"{channelId};messageid={id}", id);
        if (TicketOf(body.RootElement) is { } ticketId)
        {
            threads.Opened(ticketId, thread);
        }
        await WriteJsonAsync(context, $$"""{"id":{{JsonSerializer.Serialize(thread.ConversationId)}},"activityId":"{{id}}"}""");
    }

    // Teams answers the member API with the user's Teams id and Entra object id; the bot asks by object id.
    private static Task MemberAsync(HttpContext context)
    {
        var requested = (string)context.Request.RouteValues["memberId"]!;
        var objectId = requested.StartsWith("29:", StringComparison.Ordinal) ? requested[3..] : requested;
        var id = JsonSerializer.Serialize("29:" + objectId);
        return WriteJsonAsync(context, $$"""{"id":{{id}},"aadObjectId":{{JsonSerializer.Serialize(objectId)}},"name":"Bench User","userRole":"user"}""");
    }

    private static string? ChannelOf(JsonElement parameters) =>
        parameters.TryGetProperty("isGroup", out var isGroup) && isGroup.ValueKind == JsonValueKind.True
        && parameters.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
        && channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    // The bot's root card carries "INT-1234: summary" as the activity summary (the notification text).
    private static string? TicketOf(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("activity", out var activity) || activity.ValueKind != JsonValueKind.Object
            || !activity.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var text = summary.GetString()!;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon] : null;
    }

    // Choice prompts on msteams arrive as a hero card with the question as card text and an empty activity text.
    private static string ReadableText(JsonElement activity)
    {
        var text = activity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return text;
        }
        var all = new StringBuilder(text);
        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
                && content.TryGetProperty("text", out var cardText) && cardText.ValueKind == JsonValueKind.String)
            {
                all.Append('\n').Append(cardText.GetString());
            }
        }
        return all.ToString();
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static Task WriteJsonAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
