using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Teams;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// A button pressed (or a refresh) on a ticket card in a tier channel: who is asking is looked up in the
/// directory, the workflow decides, and the answer is the card as that person should now see it — or, when the
/// workflow refuses, a sentence saying why (who claimed it first, what is missing).
/// </summary>
public sealed partial class AgentCardActions(
    TicketStore store,
    TicketDesk desk,
    TicketViews views,
    TicketActors actors,
    IOptions<TicketOptions> options,
    ILogger<AgentCardActions> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        var language = turn.Locale;
        if (!TicketActionRequest.TryParse(value, out var request, out var malformed))
        {
            LogMalformed(logger, malformed.Reason.ToString());
            return new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.ErrorType,
                new ErrorDetail("BadRequest", TicketNotices.BadRequest(malformed, language)));
        }
        var ticket = await store.FindAsync(request.TicketId, ct);
        if (ticket is null)
        {
            return Message(TicketNotices.TicketNotFound(language));
        }
        var actor = await actors.ForAsync(ticket, turn.Activity.From, ct);
        var tiers = await views.PrepareAsync(TeamsPlace.Of(turn.Activity), ct);
        var copyTier = CopyTier(turn.Activity, tiers);
        if (request.IsView)
        {
            return Card(views.CardFor(ticket, Viewer(actor), language, copyTier, tiers));
        }
        if (actor is null)
        {
            return Message(TicketNotices.Refused(ticket.Id, new TicketRefusal(RefusalReason.NotAnAgent), language, Zone()));
        }
        var command = request.ToCommand(ReassignTarget(request, ticket, tiers));
        if (command is null)
        {
            return Message(TicketNotices.Refused(ticket.Id, new TicketRefusal(RefusalReason.TargetNotInTier), language, Zone()));
        }
        var requester = new TeamsUserAddress(ticket.Requester.TeamsUserId, TeamsPlace.Of(turn.Activity).TenantId, turn.Activity.ServiceUrl!);
        var result = await desk.ApplyAsync(ticket, command, actor, turn.Activity.Id, requester, tiers, ct);
        if (result.Refusal is { } refusal)
        {
            return Message(TicketNotices.Refused(ticket.Id, refusal, language, Zone()));
        }
        return Card(views.CardFor(result.Ticket!, Viewer(actor), language, copyTier, tiers));
    }

    private static CardViewer Viewer(Actor? actor) => actor is null ? CardViewer.ReadOnly : CardViewer.As(actor);

    /// <summary>The tier whose channel the pressed card sits in (its thread's channel id), if it is one.</summary>
    private static int? CopyTier(Activity activity, TierViews tiers)
    {
        if (activity.Conversation?.Id is not { } thread)
        {
            return null;
        }
        var channel = thread.AsSpan(0, thread.IndexOf(';') is var end and >= 0 ? end : thread.Length);
        foreach (var (tier, view) in tiers.Tiers)
        {
            if (channel.SequenceEqual(view.Channel.ChannelId))
            {
                return tier;
            }
        }
        return null;
    }

    private static Actor? ReassignTarget(TicketActionRequest request, Ticket ticket, TierViews tiers) =>
        request.ReassignTo is { } target && tiers.For(ticket.Tier).Members.FirstOrDefault(m => m.ObjectId == target) is { } member
            ? Actor.Agent(member.ObjectId, member.Name, ticket.Tier)
            : null;

    private TimeZoneInfo Zone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private static AdaptiveCardInvokeResponse Card(WrittenCard card) => AdaptiveCardSerializer.ToInvokeResponse(card);

    private static AdaptiveCardInvokeResponse Message(string text) => new(200, AdaptiveCardInvokeResponse.MessageType, text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A ticket card action could not be read: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
