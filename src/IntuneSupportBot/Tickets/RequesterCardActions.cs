using System.Text.Json;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Teams;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// A button on the requester's own ticket card (Action.Submit, so it works in Web Chat too): "it works",
/// "still broken", or a reply to support. Only the ticket's requester may use them.
/// </summary>
public sealed partial class RequesterCardActions(
    TicketStore store,
    TicketDesk desk,
    TicketViews views,
    IOptions<TicketOptions> options,
    ILogger<RequesterCardActions> logger)
{
    public static bool Handles(JsonElement? value) => value is { } data && RequesterCardAction.IsRequesterAction(data);

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var language = turn.Locale;
        if (!RequesterCardAction.TryParse(turn.Activity.Value!.Value, out var action, out var malformed))
        {
            LogMalformed(logger, malformed.Reason.ToString());
            await turn.SendActivityAsync(TicketNotices.BadRequest(malformed, language), ct);
            return;
        }
        var ticket = await store.FindAsync(action.TicketId, ct);
        if (ticket is null)
        {
            await turn.SendActivityAsync(TicketNotices.TicketNotFound(language), ct);
            return;
        }
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var configured) ? configured : TimeZoneInfo.Utc;
        if (!string.Equals(turn.Activity.From?.AadObjectId, ticket.Requester.ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendActivityAsync(TicketNotices.Refused(ticket.Id, new TicketRefusal(RefusalReason.NotTheRequester), language, zone), ct);
            return;
        }
        var place = TeamsPlace.Of(turn.Activity);
        var requester = new TeamsUserAddress(turn.Activity.From!.Id, place.TenantId, place.ServiceUrl, turn.Activity.Conversation?.Id);
        var tiers = await views.PrepareAsync(place, ct);
        var result = await desk.ApplyAsync(ticket, action.ToCommand(), Actor.ForRequester(ticket.Requester), turn.Activity.Id, requester, tiers, ct);
        await turn.SendActivityAsync(result.Refusal is { } refusal
            ? TicketNotices.Refused(ticket.Id, refusal, language, zone)
            : TicketNotices.Done(result.Ticket!, language), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A requester card action could not be read: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
