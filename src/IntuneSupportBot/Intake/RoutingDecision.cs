using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

public enum RoutingOutcome
{
    /// <summary>A ticket starts at <see cref="RoutingDecision.Tier"/> (after self-help, when it is offered and refused).</summary>
    Ticket,

    /// <summary>Not enrollment support's job: a polite redirect, no ticket.</summary>
    OutOfScope,
}

/// <summary>Where a report goes. <see cref="Tier"/> is null only for <see cref="RoutingOutcome.OutOfScope"/>.</summary>
public sealed record RoutingDecision(
    RoutingOutcome Outcome,
    KnownIssue? KnownIssue,
    bool SelfHelpOffered,
    int? Tier,
    bool Urgent,
    bool ManyAffected,
    OutOfScopeTopic? OutOfScopeTopic,
    IReadOnlyList<RoutingReason> Reasons);
