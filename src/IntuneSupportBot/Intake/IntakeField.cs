namespace IntuneSupportBot.Intake;

/// <summary>The parts of a report the intake dialog asks for when the user has not said them yet.</summary>
public enum IntakeField
{
    Platform,
    Method,
    Error,
    Scope,
    StartedWhen,
    Device,

    /// <summary>Never missing from a report (files are optional); offered on the summary.</summary>
    Screenshots,
}
