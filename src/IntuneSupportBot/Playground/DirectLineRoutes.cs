using System.Globalization;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Playground;

/// <summary>
/// A Direct Line 3.0 service for the official Web Chat: tokens, start and reconnect, post, and polling with a
/// watermark (Web Chat runs with <c>webSocket: false</c>, so no stream is offered). Each token is bound to one
/// requester's 1:1 chat.
/// </summary>
internal static class DirectLineRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", GenerateAsync);
        directLine.MapPost("/tokens/refresh", Refresh);
        directLine.MapPost("/conversations", Start);
        directLine.MapGet("/conversations/{conversationId}", (string conversationId, HttpRequest request, DirectLineTokens tokens) =>
            Authorize(request, tokens, conversationId) is { } grant ? Conversation(tokens.Issue(grant.ConversationId, grant.RequesterId)) : Forbidden());
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    /// <summary>
    /// The playground has no Direct Line secret to guard this (it only listens on loopback); the body's user id
    /// picks the requester the page acts as.
    /// </summary>
    private static async Task<IResult> GenerateAsync(HttpRequest request, PlaygroundDirectory directory, DirectLineRelay relay, DirectLineTokens tokens, CancellationToken ct)
    {
        var parameters = await JsonBody.ReadAsync(request, PlaygroundJsonContext.Default.DirectLineTokenParameters, ct);
        var requester = parameters?.User?.Id is { Length: > 0 } id
            ? directory.Find(id)
            : (await directory.ListAsync(ct)).Requesters.FirstOrDefault() is { } first ? directory.Find(first.Id) : null;
        if (requester is null)
        {
            return ConnectorRoutes.Error(StatusCodes.Status400BadRequest, "BadArgument", "The user is not in the local directory.");
        }
        var conversationId = await relay.OpenAsync(requester, ct);
        return Conversation(tokens.Issue(conversationId, requester.Id));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens) =>
        tokens.Validate(request.Headers.Authorization) is { } grant
            ? Conversation(tokens.Issue(grant.ConversationId, grant.RequesterId))
            : Forbidden();

    private static IResult Start(HttpRequest request, DirectLineTokens tokens, PlaygroundFeed feed)
    {
        if (tokens.Validate(request.Headers.Authorization) is not { } grant)
        {
            return Forbidden();
        }
        var isNew = feed.Read(grant.ConversationId, 0) is { Watermark: 0 };
        return Conversation(grant, isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineRelay relay, CancellationToken ct)
    {
        if (Authorize(request, tokens, conversationId) is not { } grant)
        {
            return Forbidden();
        }
        if (await JsonBody.ReadAsync(request, BotJsonContext.Default.Activity, ct) is not { Type.Length: > 0 } activity)
        {
            return ConnectorRoutes.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
        }
        var (id, answer) = await relay.PostAsync(grant, activity, ct);
        // As the Direct Line service does: a bot that fails the turn makes the post fail with 502.
        return answer is { Succeeded: false }
            ? ConnectorRoutes.Error(StatusCodes.Status502BadGateway, "BotError", $"The bot answered HTTP {(int)answer.Status}.")
            : TypedResults.Json(new ResourceResponse(id), BotJsonContext.Default.ResourceResponse);
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, PlaygroundFeed feed)
    {
        if (Authorize(request, tokens, conversationId) is null)
        {
            return Forbidden();
        }
        var from = int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        if (feed.Read(conversationId, from) is not ({ } activities, var next))
        {
            return ConnectorRoutes.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");
        }
        return TypedResults.Json(new DirectLineActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), PlaygroundJsonContext.Default.DirectLineActivitySet);
    }

    private static DirectLineGrant? Authorize(HttpRequest request, DirectLineTokens tokens, string conversationId) =>
        tokens.Validate(request.Headers.Authorization) is { } grant && grant.ConversationId == conversationId ? grant : null;

    private static IResult Conversation(DirectLineGrant grant, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(
            new DirectLineConversation(grant.ConversationId, grant.Token, (int)DirectLineTokens.Lifetime.TotalSeconds),
            PlaygroundJsonContext.Default.DirectLineConversation,
            statusCode: status);

    // Direct Line clients treat 403 as an expired or wrong token and stop.
    private static IResult Forbidden() =>
        ConnectorRoutes.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is missing, expired or for another conversation.");
}
