using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>
/// The Bot Connector REST routes the bot calls in the playground (its serviceUrl is the host's <c>/_connector/</c>):
/// what the bot posts, updates and deletes lands in the <see cref="PlaygroundFeed"/>. Shapes and errors follow
/// Teams (new channel threads need an activity; group chats cannot be created).
/// </summary>
internal static class ConnectorRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var v3 = endpoints.MapGroup(PlaygroundChannel.ConnectorPath + "/v3/conversations");
        v3.MapPost("", CreateConversationAsync);
        v3.MapPost("/{conversationId}/activities", (string conversationId, HttpRequest request, PlaygroundFeed feed, CancellationToken ct) =>
            PostAsync(conversationId, replyToId: null, request, feed, ct));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, PlaygroundFeed feed, CancellationToken ct) =>
            PostAsync(conversationId, activityId, request, feed, ct));
        v3.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        v3.MapDelete("/{conversationId}/activities/{activityId}", Delete);
        v3.MapGet("/{conversationId}/members/{memberId}", GetMember);
    }

    private static async Task<IResult> CreateConversationAsync(HttpRequest request, PlaygroundFeed feed, PlaygroundDirectory directory, CancellationToken ct)
    {
        var parameters = await JsonBody.ReadAsync(request, BotJsonContext.Default.ConversationParameters, ct);
        if (parameters is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not a ConversationParameters object.");
        }
        if (parameters.IsGroup == true)
        {
            if (ChannelIdOf(parameters.ChannelData) is not { } channelId)
            {
                return Error(StatusCodes.Status400BadRequest, "BadSyntax", "Bots cannot create group chats; a channel thread names channelData.channel.id.");
            }
            if (parameters.Activity is null)
            {
                return Error(StatusCodes.Status400BadRequest, "BadSyntax", "A new channel thread needs its first activity.");
            }
            var thread = feed.StartThread(channelId, FromBot(parameters.Activity));
            return TypedResults.Json(thread, BotJsonContext.Default.ConversationResourceResponse, statusCode: StatusCodes.Status201Created);
        }

        if (parameters.Members is not [var member] || (directory.Find(member.Id) ?? directory.Find(member.AadObjectId)) is not { } user)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "A 1:1 chat names exactly one member of the directory.");
        }
        var (conversationId, _) = feed.OpenPersonal(user.Id);
        if (parameters.Activity is { } first)
        {
            feed.Post(conversationId, FromBot(first));
        }
        // Teams answers a 1:1 create without an activity id, and with the same conversation id every time.
        return TypedResults.Json(new ConversationResourceResponse(conversationId), BotJsonContext.Default.ConversationResourceResponse, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PostAsync(string conversationId, string? replyToId, HttpRequest request, PlaygroundFeed feed, CancellationToken ct)
    {
        if (await JsonBody.ReadAsync(request, BotJsonContext.Default.Activity, ct) is not { } activity)
        {
            return Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not an activity.");
        }
        var posted = FromBot(activity) with { ReplyToId = replyToId ?? activity.ReplyToId };
        return feed.Post(conversationId, posted) is { } id
            ? TypedResults.Json(new ResourceResponse(id), BotJsonContext.Default.ResourceResponse, statusCode: StatusCodes.Status201Created)
            : Error(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation does not exist.");
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, PlaygroundFeed feed, CancellationToken ct)
    {
        if (await JsonBody.ReadAsync(request, BotJsonContext.Default.Activity, ct) is not { } activity)
        {
            return Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not an activity.");
        }
        return feed.Update(conversationId, activityId, FromBot(activity))
            ? TypedResults.Json(new ResourceResponse(activityId), BotJsonContext.Default.ResourceResponse)
            : Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", "The activity does not exist in this conversation.");
    }

    private static IResult Delete(string conversationId, string activityId, PlaygroundFeed feed) =>
        feed.Delete(conversationId, activityId)
            ? TypedResults.Ok()
            : Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", "The activity does not exist in this conversation.");

    private static IResult GetMember(string memberId, PlaygroundDirectory directory) =>
        directory.Find(memberId) is { } user
            ? TypedResults.Json(directory.Member(user), BotJsonContext.Default.TeamsChannelAccount)
            : Error(StatusCodes.Status404NotFound, "MemberNotFound", "No such member in the directory.");

    // The channel masters ids and timestamps, and the page shows who spoke: the bot, whatever it put in "from".
    private static Activity FromBot(Activity activity) => activity with
    {
        Id = null,
        Timestamp = null,
        ServiceUrl = null,
        From = activity.From is { } sender ? sender with { Role = "bot" } : PlaygroundDirectory.Bot,
    };

    private static string? ChannelIdOf(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
        && channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    internal static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), BotJsonContext.Default.ErrorResponse, statusCode: status);
}
