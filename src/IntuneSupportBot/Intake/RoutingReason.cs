namespace IntuneSupportBot.Intake;

/// <summary>Why routing decided what it did: a stable code for tools and rules, and a sentence for people.</summary>
public sealed record RoutingReason(string Code, string Text)
{
    public static readonly RoutingReason KnownIssue = new("known-issue", "The report matches a known issue; it starts at that issue's suggested tier.");
    public static readonly RoutingReason KnownIssueAmbiguous = new("known-issue-ambiguous", "The error code has several known causes and the report does not say which one.");
    public static readonly RoutingReason ManyAffectedRaisedTier = new("many-affected-raised-tier", "Many people are affected, so the ticket starts at a higher tier.");
    public static readonly RoutingReason UnknownVague = new("unknown-vague", "No known issue matches and the report has no error code.");
    public static readonly RoutingReason UnknownSpecificError = new("unknown-specific-error", "No known issue matches this specific error code.");
    public static readonly RoutingReason UnknownManyAffected = new("unknown-many-affected", "No known issue matches and many people are affected.");
    public static readonly RoutingReason SelfHelpOffered = new("self-help-offered", "The user can apply the known fix alone.");
    public static readonly RoutingReason SelfHelpSkippedManyAffected = new("self-help-skipped-many-affected", "The fix is self-serviceable, but with many affected the support team takes it.");
    public static readonly RoutingReason ManyAffected = new("many-affected", "Many people or devices are affected.");
    public static readonly RoutingReason UrgentExecutive = new("urgent-executive", "An executive is affected.");
    public static readonly RoutingReason UrgentGoLiveToday = new("urgent-go-live-today", "A go-live is today.");
    public static readonly RoutingReason UrgentRolloutWaveBlocked = new("urgent-rollout-wave-blocked", "A rollout wave is blocked.");
    public static readonly RoutingReason UrgentProductionDown = new("urgent-production-down", "Production devices are down.");
    public static readonly RoutingReason OutOfScopePassword = new("out-of-scope-password", "Passwords are handled by the account help desk, not enrollment support.");
    public static readonly RoutingReason OutOfScopeEmail = new("out-of-scope-email", "Mail and Outlook are handled by the messaging team, not enrollment support.");
    public static readonly RoutingReason OutOfScopePrinter = new("out-of-scope-printer", "Printers are handled by the office IT desk, not enrollment support.");
    public static readonly RoutingReason OutOfScopeVpn = new("out-of-scope-vpn", "VPN is handled by the network team, not enrollment support.");

    public static RoutingReason For(UrgencySignal signal) => signal switch
    {
        UrgencySignal.Executive => UrgentExecutive,
        UrgencySignal.GoLiveToday => UrgentGoLiveToday,
        UrgencySignal.RolloutWaveBlocked => UrgentRolloutWaveBlocked,
        UrgencySignal.ProductionDown => UrgentProductionDown,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    public static RoutingReason For(OutOfScopeTopic topic) => topic switch
    {
        OutOfScopeTopic.Password => OutOfScopePassword,
        OutOfScopeTopic.Email => OutOfScopeEmail,
        OutOfScopeTopic.Printer => OutOfScopePrinter,
        OutOfScopeTopic.Vpn => OutOfScopeVpn,
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };
}
