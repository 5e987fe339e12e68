using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// How an intake ended, handed to <see cref="IntakeFiling.FileAsync"/>: the confirmed report, where routing sends
/// it, the known issue it matched (if any), whether the user fixed it alone (<see cref="Deflected"/>: no ticket),
/// the files they sent, and who they are.
/// </summary>
public sealed record IntakeOutcome(
    IntakeReport Report,
    RoutingDecision Decision,
    KnownIssueMatch? Match,
    bool Deflected,
    IReadOnlyList<KeptAttachment> Attachments,
    RequesterSnapshot Requester,
    string? DeviceId,
    DateTimeOffset CompletedAt);
