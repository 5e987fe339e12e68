using IntuneSupportBot.Graph;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Urgency never changes the tier; it flags the ticket and tells the bridge-call coordinators, through their Teams
/// activity feed, with a link to the tier's channel. Best effort: the ticket is already filed, so a failed notice
/// is logged, not thrown.
/// </summary>
public sealed partial class UrgentTicketAlert(IDirectory directory, ILogger<UrgentTicketAlert> logger)
{
    public const string ActivityType = "urgentTicket";

    public async Task AlertAsync(Ticket ticket, TierView tier, CancellationToken ct)
    {
        var notice = new ActivityNotice(ActivityType,
            $"{ticket.Id} (tier {ticket.Tier}): {Preview(ticket.Report.Summary)}",
            $"Urgent ticket {ticket.Id}",
            ChannelLink(tier));
        foreach (var coordinator in await directory.GetBridgeCoordinatorsAsync(ct))
        {
            try
            {
                await directory.SendActivityNotificationAsync(coordinator.Id, notice, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogAlertFailed(logger, exception, ticket.Id);
            }
        }
    }

    /// <summary>Teams' documented deep link to a channel.</summary>
    private static Uri ChannelLink(TierView tier) => new(
        $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(tier.Channel.ChannelId)}/support" +
        $"?groupId={Uri.EscapeDataString(tier.Channel.TeamId ?? "")}&tenantId={Uri.EscapeDataString(tier.Channel.TenantId)}");

    /// <summary>Teams cuts a feed preview at 150 characters; cut it ourselves, whole characters only.</summary>
    private static string Preview(string summary) =>
        BotFramework.AdaptiveCards.CardText.Truncate(BotFramework.AdaptiveCards.CardText.Clean(summary), 100);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The coordinators could not be alerted about urgent ticket {TicketId}")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, string ticketId);
}
