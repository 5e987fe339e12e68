using System.Globalization;

namespace IntuneSupportBot.Tickets;

public enum RefusalReason
{
    TicketNotFound,
    NotAnAgent,
    WrongTier,
    NotTheRequester,
    OnlyTheSystem,
    TicketClosed,
    TicketResolved,
    NotClaimed,
    AlreadyYours,
    AlreadyClaimed,
    NotTheAssignee,
    WaitingOnMicrosoft,
    NotWaitingOnMicrosoft,
    NotResolved,
    HandoffNoteRequired,
    NoHigherTier,
    OnlyTier3,
    CaseNumberRequired,
    RootCauseAndFixRequired,
    ResolutionRequired,
    TextRequired,
    TargetNotInTier,
    AlreadyAssignedToThem,
    ReopenWindowPassed,
    QuietPeriodNotOver,

    /// <summary>Others kept changing the ticket while this command was retried.</summary>
    ChangedMeanwhile,
}

/// <summary>
/// Why a command was refused. <see cref="Cause"/> is the history event behind it when there is one (the claim that
/// won, the escalation that moved the ticket away), so the answer can say who did what and when.
/// </summary>
public sealed record TicketRefusal(RefusalReason Reason, TicketEvent? Cause = null)
{
    /// <summary>Invariant English for logs and tests; users see the localized card text.</summary>
    public string Describe() => Cause is null
        ? Reason.ToString()
        : string.Create(CultureInfo.InvariantCulture, $"{Reason}: {Cause.Kind} by {Cause.By.Name} at {Cause.At.UtcDateTime:HH:mm} UTC");
}
