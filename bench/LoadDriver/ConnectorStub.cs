using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LoadDriver;

/// <summary>
/// The Bot Connector the bots reply to: answers every send at once with a resource id and hands message
/// activities to the turn waiting on that conversation. Typing indicators are accepted and not counted.
/// </summary>
public sealed class ConnectorStub(PendingTurns pending, TimeProvider clock)
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
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var id = NextId();
        await WriteJsonAsync(context, $$"""{"id":"a:stub-{{id}}","activityId":"{{id}}"}""");
    }

    private static Task MemberAsync(HttpContext context)
    {
        var memberId = JsonEncodedText.Encode((string)context.Request.RouteValues["memberId"]!);
        return WriteJsonAsync(context, $$"""{"id":"{{memberId}}","name":"Bench User","userRole":"user"}""");
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
