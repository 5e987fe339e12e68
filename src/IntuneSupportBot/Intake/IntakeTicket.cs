using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Intake;

/// <summary>How a confirmed intake becomes a ticket filing: the requester, the report snapshot and the starting tier.</summary>
public static class IntakeTicket
{
    /// <summary>Tier 4 (Microsoft) is reached through tier 3, so a report routed there starts with tier 3.</summary>
    private const int HighestFilingTier = 3;

    public static Requester Requester(IntakeOutcome outcome, Activity activity) => new(
        outcome.Requester.AadObjectId ?? activity.From?.AadObjectId ?? activity.From?.Id ?? "",
        outcome.Requester.UserId ?? activity.From?.Id ?? "",
        outcome.Requester.Name ?? activity.From?.Name ?? "",
        outcome.Report.Language);

    public static NewTicket From(IntakeOutcome outcome, Requester requester, DeviceFacts devices)
    {
        var report = outcome.Report;
        var device = outcome.Requester.Device(outcome.DeviceId)?.Name ?? report.Device;
        return new NewTicket(requester, new TicketReport
        {
            Summary = report.Text,
            Language = report.Language,
            Platform = report.Platform,
            Method = report.Method,
            ErrorCodes = report.ErrorCodes,
            KnownIssueId = outcome.Match?.Issue.Id,
            ManyAffected = report.ManyAffected,
            AffectedEstimate = report.Scope.Estimate,
            UrgencyReasons = [.. report.UrgencySignals.Select(signal => signal.ToString())],
            Device = device,
            StartedWhen = report.StartedWhen,
            Attachments = [.. outcome.Attachments.Where(a => a.ContentUrl is not null).Select(a => new TicketAttachment(a.Name, a.ContentUrl!))],
        }, devices, Math.Clamp(outcome.Decision.Tier ?? 1, 1, HighestFilingTier));
    }
}
