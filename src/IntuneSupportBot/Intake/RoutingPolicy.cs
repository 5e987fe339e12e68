using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// The support plan's routing rules as a pure function: report and best known-issue match in, decision out.
/// Urgency never moves the tier; it only flags the ticket.
/// </summary>
public sealed class RoutingPolicy(RoutingOptions options)
{
    public RoutingDecision Route(IntakeReport report, KnownIssueMatchResult match)
    {
        var decision = Route(report, match.Best);
        return match.NeedsDisambiguation && decision.Outcome == RoutingOutcome.Ticket
            ? decision with { Reasons = [RoutingReason.KnownIssueAmbiguous, .. decision.Reasons] }
            : decision;
    }

    public RoutingDecision Route(IntakeReport report, KnownIssueMatch? best)
    {
        var known = best is { Confident: true } ? best.Issue : null;
        var many = report.ManyAffected;
        var urgent = report.UrgencySignals.Select(RoutingReason.For).ToList();

        if (known is null && report.OutOfScope is { } topic && !report.MentionsEnrollment)
        {
            return new RoutingDecision(RoutingOutcome.OutOfScope, null, false, null, report.Urgent, many, topic, [RoutingReason.For(topic)]);
        }

        var reasons = new List<RoutingReason>();
        int tier;
        var selfHelp = false;
        if (known is not null)
        {
            reasons.Add(RoutingReason.KnownIssue);
            tier = known.SuggestedTier;
            if (many && tier < options.ManyAffectedMinimumTier)
            {
                tier = options.ManyAffectedMinimumTier;
                reasons.Add(RoutingReason.ManyAffectedRaisedTier);
            }

            if (known.SelfServiceable)
            {
                selfHelp = !many;
                reasons.Add(many ? RoutingReason.SelfHelpSkippedManyAffected : RoutingReason.SelfHelpOffered);
            }
        }
        else if (many)
        {
            tier = options.UnknownManyAffectedTier;
            reasons.Add(RoutingReason.UnknownManyAffected);
        }
        else if (report.ErrorCodes.Count > 0)
        {
            tier = options.UnknownSpecificErrorTier;
            reasons.Add(RoutingReason.UnknownSpecificError);
        }
        else
        {
            tier = options.UnknownVagueTier;
            reasons.Add(RoutingReason.UnknownVague);
        }

        if (many)
        {
            reasons.Add(RoutingReason.ManyAffected);
        }

        reasons.AddRange(urgent);
        return new RoutingDecision(RoutingOutcome.Ticket, known, selfHelp, tier, urgent.Count > 0, many, null, reasons);
    }
}
