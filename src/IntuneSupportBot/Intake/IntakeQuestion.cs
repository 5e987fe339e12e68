namespace IntuneSupportBot.Intake;

/// <summary>What the intake dialog can ask, in the order it asks; the last two close the intake.</summary>
public enum IntakeQuestion
{
    /// <summary>"Is it your Galaxy S24 that failed at 09:12?" — one answer settles device, platform and time.</summary>
    RecentFailure,
    Platform,
    Error,

    /// <summary>The one question that tells apart the known causes of an ambiguous error code.</summary>
    WhichIssue,
    Method,
    Scope,
    Device,

    /// <summary>The device is not among the user's managed devices: its name in their words.</summary>
    OtherDevice,
    StartedWhen,
    Screenshots,
    Summary,

    /// <summary>"Did that fix it?" after the known fix was shown.</summary>
    SelfHelp,
}
