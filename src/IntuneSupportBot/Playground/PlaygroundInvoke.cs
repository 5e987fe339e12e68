using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.Playground;

/// <summary>A card action pressed in a channel pane, by the agent the pane acts as.</summary>
public sealed record InvokeRequest(string ConversationId, string ReplyToId, string Verb, JsonElement? Data, string AgentId, string? Trigger);

/// <summary>
/// Sends a channel pane's <c>Action.Execute</c> as Teams does: an <c>adaptiveCard/action</c> invoke from the agent,
/// in the card's thread, through the host's own <c>/api/messages</c>; the bot's invoke response goes back as is.
/// </summary>
public sealed class PlaygroundInvoke(PlaygroundFeed feed, PlaygroundDirectory directory, PlaygroundChannel channel)
{
    public async Task<IResult> SendAsync(InvokeRequest request, CancellationToken ct)
    {
        if (feed.ChannelOf(request.ConversationId) is not { } channelId)
        {
            return ConnectorRoutes.Error(StatusCodes.Status404NotFound, "ConversationNotFound", "No channel thread has that id.");
        }
        if (directory.Find(request.AgentId) is not { } agent)
        {
            return ConnectorRoutes.Error(StatusCodes.Status400BadRequest, "BadArgument", "The agent is not in the local directory.");
        }
        if (string.IsNullOrWhiteSpace(request.Verb))
        {
            return ConnectorRoutes.Error(StatusCodes.Status400BadRequest, "BadArgument", "An Action.Execute carries a verb.");
        }

        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = ActivityHandler.AdaptiveCardActionInvoke,
            Id = "f:" + Guid.NewGuid().ToString("N"),
            ServiceUrl = channel.ServiceUrl,
            ChannelId = "msteams",
            From = PlaygroundDirectory.Account(agent),
            Recipient = PlaygroundDirectory.Bot with { Role = null },
            Conversation = new ConversationAccount { Id = request.ConversationId, ConversationType = "channel", IsGroup = true, TenantId = directory.TenantId },
            ReplyToId = request.ReplyToId,
            Locale = agent.PreferredLanguage,
            ChannelData = await ChannelDataAsync(channelId, ct),
            Value = JsonSerializer.SerializeToElement(
                new InvokeValue(new InvokeAction("Action.Execute", request.Verb, request.Data ?? EmptyObject), request.Trigger ?? "manual"),
                PlaygroundJsonContext.Default.InvokeValue),
        };
        var answer = await channel.SendAsync(invoke, ct);
        return new AnswerResult(answer, feed.Sequence);
    }

    private static readonly JsonElement EmptyObject = JsonElement.Parse("{}");

    // Teams names the team by its General channel's thread id; the playground has no General channel, so it stands
    // in with a thread id made from the team's group id, next to the real group id.
    private async Task<JsonElement> ChannelDataAsync(string channelId, CancellationToken ct)
    {
        var tier = await directory.FindTierChannelAsync(channelId, ct);
        var team = tier is null ? null : new TeamInfo($"19:{tier.TeamId.Replace("-", "", StringComparison.Ordinal)}@thread.tacv2", AadGroupId: tier.TeamId);
        var data = new TeamsChannelData { Tenant = new TenantInfo(directory.TenantId), Team = team, Channel = new ChannelInfo(channelId) };
        return JsonSerializer.SerializeToElement(data, BotJsonContext.Default.TeamsChannelData);
    }
}

/// <summary>
/// The bot's answer passed through: its status, and its body when it has one. The feed's sequence after the turn
/// travels along, so the page keeps the card it got here over the updates the same turn made.
/// </summary>
internal sealed class AnswerResult(BotAnswer answer, long feedSequence) : IResult
{
    public const string SequenceHeader = "x-playground-sequence";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = (int)answer.Status;
        httpContext.Response.Headers[SequenceHeader] = feedSequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (answer.Body.Length > 0)
        {
            httpContext.Response.ContentType = answer.ContentType ?? "application/json";
            await httpContext.Response.Body.WriteAsync(answer.Body, httpContext.RequestAborted);
        }
    }
}

internal sealed record InvokeValue(InvokeAction Action, string Trigger);

internal sealed record InvokeAction(string Type, string Verb, JsonElement Data);
